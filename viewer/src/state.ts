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

/** Hops a focus reaches, as `diplograph neighbours --depth`. */
export type FocusDepth = 1 | 2 | 3;
export const FOCUS_DEPTHS: readonly FocusDepth[] = [1, 2, 3];

/** "Show only this node and its neighbourhood": the relations followed are those the filters show, narrowed here. */
export interface Focus {
  readonly node: string;
  readonly depth: FocusDepth;
  /** Relation types followed and shown while focused; null follows every type the filters show. */
  readonly edgeTypes: ReadonlySet<EdgeType> | null;
  /** Whether the date window applies to the focus; off, the neighbourhood is taken over all dates. */
  readonly withinDates: boolean;
  /** Hide what lies outside the neighbourhood, or only fade it. */
  readonly hideRest: boolean;
}

/** Two nodes whose shortest paths are shown; `to` is null while the second is being picked. */
export interface PathEnds {
  readonly from: string;
  readonly to: string | null;
}

/** How nodes are coloured (by type, or by Louvain community) and sized (by a measure: data/measures.ts). */
export type ColourBy = 'type' | 'community';
export type SizeBy = 'degree' | 'weightedDegree' | 'betweenness';
export const COLOUR_BY: readonly ColourBy[] = ['type', 'community'];
export const SIZE_BY: readonly SizeBy[] = ['degree', 'weightedDegree', 'betweenness'];

export interface Appearance {
  readonly colour: ColourBy;
  readonly size: SizeBy;
}

export const DEFAULT_APPEARANCE: Appearance = { colour: 'type', size: 'degree' };

/** A column of the node table: a node's name, type or community, a measure, or its count of one relation type. */
export type TableColumn = 'label' | 'type' | 'community' | SizeBy | EdgeType;

export interface TableState {
  readonly open: boolean;
  readonly sort: TableColumn;
  readonly descending: boolean;
}

export interface ViewState {
  readonly hovered: string | null;
  readonly selected: string | null;
  readonly filters: Filters;
  readonly focus: Focus | null;
  /** The nodes focused on before the current one, oldest first: the breadcrumbs. */
  readonly trail: readonly string[];
  readonly path: PathEnds | null;
  readonly appearance: Appearance;
  readonly table: TableState;
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
    focus: null,
    trail: [],
    path: null,
    appearance: DEFAULT_APPEARANCE,
    table: { open: false, sort: 'degree', descending: true },
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

const NEW_FOCUS = { depth: 1, edgeTypes: null, withinDates: true, hideRest: true } as const;

/**
 * Focus on a node, keeping the depth and choices of the focus before it, which joins the breadcrumbs. Focusing on a
 * node already in the breadcrumbs goes back to it, so the trail never loops. Focusing also selects the node.
 */
export function focusOn(s: ViewState, node: string): ViewState {
  if (s.focus?.node === node) return s.selected === node ? s : { ...s, selected: node };
  const seen = s.trail.indexOf(node);
  const trail = seen >= 0 ? s.trail.slice(0, seen) : s.focus ? [...s.trail, s.focus.node] : s.trail;
  return { ...s, selected: node, trail, focus: { ...(s.focus ?? NEW_FOCUS), node } };
}

/** Back to the breadcrumb at `index`, dropping those after it. */
export function focusBack(s: ViewState, index: number): ViewState {
  const node = s.trail[index];
  return node === undefined ? s : { ...s, selected: node, trail: s.trail.slice(0, index), focus: { ...(s.focus ?? NEW_FOCUS), node } };
}

export const clearFocus = (s: ViewState): ViewState => (s.focus === null && s.trail.length === 0 ? s : { ...s, focus: null, trail: [] });

function withFocus(s: ViewState, change: Partial<Omit<Focus, 'node'>>): ViewState {
  if (!s.focus) return s;
  const next = { ...s.focus, ...change };
  const same = (Object.keys(change) as (keyof Focus)[]).every((k) => Object.is(next[k], s.focus![k]));
  return same ? s : { ...s, focus: next };
}

export const setFocusDepth = (s: ViewState, depth: FocusDepth): ViewState => withFocus(s, { depth });

/** Follow (or stop following) one relation type in the focus; ticking every type shown means "all" again. */
export function focusEdgeType(s: ViewState, type: EdgeType, on: boolean): ViewState {
  if (!s.focus) return s;
  const next = toggled(s.focus.edgeTypes ?? s.filters.edgeTypes, type, on);
  const all = [...s.filters.edgeTypes].every((t) => next.has(t));
  return withFocus(s, { edgeTypes: all ? null : next });
}

export const setFocusWithinDates = (s: ViewState, on: boolean): ViewState => withFocus(s, { withinDates: on });

export const setFocusHideRest = (s: ViewState, on: boolean): ViewState => withFocus(s, { hideRest: on });

/** Paths from this node: the next node picked is the other end. */
export const pathFrom = (s: ViewState, node: string): ViewState =>
  (s.path?.from === node && s.path.to === null ? s : { ...s, path: { from: node, to: null } });

export const pathTo = (s: ViewState, node: string): ViewState =>
  (!s.path || s.path.from === node || s.path.to === node ? s : { ...s, path: { from: s.path.from, to: node } });

export const clearPath = (s: ViewState): ViewState => (s.path === null ? s : { ...s, path: null });

/**
 * Picking a node (a click, a search, a counterpart): the end of a path being chosen, else the next focus step
 * while focused, else the selection.
 */
export function pick(s: ViewState, node: string): ViewState {
  if (s.path && s.path.to === null && s.path.from !== node) return pathTo(s, node);
  return s.focus ? focusOn(s, node) : select(s, node);
}

export const colourBy = (s: ViewState, colour: ColourBy): ViewState =>
  (s.appearance.colour === colour ? s : { ...s, appearance: { ...s.appearance, colour } });

export const sizeBy = (s: ViewState, size: SizeBy): ViewState =>
  (s.appearance.size === size ? s : { ...s, appearance: { ...s.appearance, size } });

export const showTable = (s: ViewState, open: boolean): ViewState => (s.table.open === open ? s : { ...s, table: { ...s.table, open } });

/** Sort the table by a column; the same column again turns the order round. Names and types start A to Z, numbers largest first. */
export function sortTable(s: ViewState, column: TableColumn): ViewState {
  const descending = s.table.sort === column ? !s.table.descending : column !== 'label' && column !== 'type';
  return { ...s, table: { ...s.table, sort: column, descending } };
}

/** The view a link or a history step carries (hash.ts), over the rest of the state. */
export const applyView = (s: ViewState, view: Pick<ViewState, 'filters' | 'focus' | 'trail' | 'selected' | 'path' | 'appearance'>): ViewState =>
  ({ ...s, filters: view.filters, focus: view.focus, trail: view.trail, selected: view.selected, path: view.path, appearance: view.appearance });

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
