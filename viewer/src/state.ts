// View state: what the person is doing (hovering, selecting, filtering, searching, playing), kept apart from
// the graph. Updaters are pure: state in, state out, the same object back when nothing changed, so listeners
// can tell cheaply whether to redraw.
// Types come from the generated document types, not schema.ts, so this module stays free of the JSON import
// and can be unit-tested under Node.
import type { EdgeType, NodeType } from '../../src/document/types.gen.js';

export interface Filters {
  /** Node and edge types shown. */
  readonly nodeTypes: ReadonlySet<NodeType>;
  readonly edgeTypes: ReadonlySet<EdgeType>;
  /** Inclusive day range (IsoDate) a dated edge must fall in; null shows every date. */
  readonly dateRange: readonly [string, string] | null;
  /** Standing relations (membership, office, party to) have no date; they stay unless this is off. */
  readonly showUndated: boolean;
  /** Edges reported by fewer distinct articles are hidden. */
  readonly minSources: number;
  /** Hide nodes left without any visible edge. */
  readonly hideIsolated: boolean;
}

export interface SearchState {
  readonly query: string;
  /** The result the keyboard points at, -1 for none. */
  readonly active: number;
}

export interface ViewState {
  readonly hovered: string | null;
  readonly selected: string | null;
  readonly filters: Filters;
  readonly search: SearchState;
  readonly playing: boolean;
  readonly layoutRunning: boolean;
}

export function initialState(nodeTypes: readonly NodeType[], edgeTypes: readonly EdgeType[]): ViewState {
  return {
    hovered: null,
    selected: null,
    filters: {
      nodeTypes: new Set(nodeTypes),
      edgeTypes: new Set(edgeTypes),
      dateRange: null,
      showUndated: true,
      minSources: 1,
      hideIsolated: false,
    },
    search: { query: '', active: -1 },
    playing: false,
    layoutRunning: false,
  };
}

export const hover = (s: ViewState, node: string | null): ViewState => (s.hovered === node ? s : { ...s, hovered: node });

export const select = (s: ViewState, node: string | null): ViewState => (s.selected === node ? s : { ...s, selected: node });

function withFilters(s: ViewState, change: Partial<Filters>): ViewState {
  const next = { ...s.filters, ...change };
  const same = (Object.keys(change) as (keyof Filters)[]).every((k) => Object.is(next[k], s.filters[k]));
  return same ? s : { ...s, filters: next };
}

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> {
  if (set.has(value) === on) return set;
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

export const showNodeType = (s: ViewState, type: NodeType, on: boolean): ViewState =>
  withFilters(s, { nodeTypes: toggled(s.filters.nodeTypes, type, on) });

export const showEdgeType = (s: ViewState, type: EdgeType, on: boolean): ViewState =>
  withFilters(s, { edgeTypes: toggled(s.filters.edgeTypes, type, on) });

export function setDateRange(s: ViewState, range: readonly [string, string] | null): ViewState {
  const old = s.filters.dateRange;
  if (range === old || (range && old && range[0] === old[0] && range[1] === old[1])) return s;
  return withFilters(s, { dateRange: range });
}

export const setShowUndated = (s: ViewState, on: boolean): ViewState => withFilters(s, { showUndated: on });

export const setMinSources = (s: ViewState, n: number): ViewState => withFilters(s, { minSources: Math.max(1, Math.floor(n)) });

export const setHideIsolated = (s: ViewState, on: boolean): ViewState => withFilters(s, { hideIsolated: on });

export const setQuery = (s: ViewState, query: string): ViewState =>
  (s.search.query === query ? s : { ...s, search: { query, active: query.trim() === '' ? -1 : 0 } });

export const setActiveResult = (s: ViewState, active: number): ViewState =>
  (s.search.active === active ? s : { ...s, search: { ...s.search, active } });

export const setPlaying = (s: ViewState, playing: boolean): ViewState => (s.playing === playing ? s : { ...s, playing });

export const setLayoutRunning = (s: ViewState, running: boolean): ViewState =>
  (s.layoutRunning === running ? s : { ...s, layoutRunning: running });

export type Listener = (next: ViewState, previous: ViewState) => void;

/** The one place state changes: `update(hover, node)` applies a pure updater and tells listeners. */
export interface Store {
  get(): ViewState;
  update<A extends unknown[]>(updater: (s: ViewState, ...args: A) => ViewState, ...args: A): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(updater, ...args) {
      const previous = state;
      const next = updater(state, ...args);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
