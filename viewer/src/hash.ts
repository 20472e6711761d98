// The view a link carries, in the URL's hash: filters and date window, focus and its breadcrumbs, selection and
// camera. Only what differs from a fresh view is written, so links stay short. A hash may come from anywhere:
// whatever does not read as a known type, a node of this graph, a date or a number is left out, never trusted.
import type { EdgeType, NodeType } from '../../src/document/types.gen.js';
import {
  COLOUR_BY, DEFAULT_APPEARANCE, FOCUS_DEPTHS, SIZE_BY, type Appearance, type ColourBy, type Filters, type Focus, type FocusDepth, type PathEnds, type SizeBy, type ViewState,
} from './state.js';

export interface Camera { readonly x: number; readonly y: number; readonly ratio: number }

/** The part of the view state a link carries, plus the camera (which sigma owns). */
export interface SharedView {
  readonly filters: Filters;
  readonly focus: Focus | null;
  readonly trail: readonly string[];
  readonly selected: string | null;
  readonly path: PathEnds | null;
  readonly appearance: Appearance;
  readonly camera: Camera | null;
}

/** What the decoder checks values against: the schema's types and the graph's nodes. */
export interface HashVocabulary {
  readonly nodeTypes: readonly NodeType[];
  readonly edgeTypes: readonly EdgeType[];
  isNode(id: string): boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Keys and types are plain words, node ids have slashes, lists commas: keep those readable and escape the rest.
const encode = (value: string): string => encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',');

const sameSet = <T>(a: ReadonlySet<T>, b: readonly T[]): boolean => a.size === b.length && b.every((x) => a.has(x));

const list = <T extends string>(set: ReadonlySet<T>, order: readonly T[]): string => order.filter((t) => set.has(t)).join(',');

const round = (n: number): string => String(Math.round(n * 10_000) / 10_000);

export function toHash(view: SharedView, vocabulary: Pick<HashVocabulary, 'nodeTypes' | 'edgeTypes'>): string {
  const { filters: f, focus } = view;
  const pairs: [string, string][] = [];
  if (!sameSet(f.nodeTypes, vocabulary.nodeTypes)) pairs.push(['nodes', list(f.nodeTypes, vocabulary.nodeTypes)]);
  if (!sameSet(f.edgeTypes, vocabulary.edgeTypes)) pairs.push(['relations', list(f.edgeTypes, vocabulary.edgeTypes)]);
  if (f.dateRange) pairs.push(['from', f.dateRange[0]], ['to', f.dateRange[1]]);
  if (!f.showUndated) pairs.push(['undated', 'hide']);
  if (f.minSources > 1) pairs.push(['sources', String(f.minSources)]);
  if (f.hideIsolated) pairs.push(['isolated', 'hide']);
  if (focus) {
    for (const node of view.trail) pairs.push(['trail', node]);
    pairs.push(['focus', focus.node], ['depth', String(focus.depth)]);
    if (focus.edgeTypes) pairs.push(['follow', list(focus.edgeTypes, vocabulary.edgeTypes)]);
    if (!focus.withinDates) pairs.push(['dates', 'all']);
    if (!focus.hideRest) pairs.push(['rest', 'fade']);
  }
  if (view.selected !== null) pairs.push(['node', view.selected]);
  if (view.path) pairs.push(['path', view.path.to === null ? view.path.from : `${view.path.from},${view.path.to}`]);
  if (view.appearance.colour !== DEFAULT_APPEARANCE.colour) pairs.push(['colour', view.appearance.colour]);
  if (view.appearance.size !== DEFAULT_APPEARANCE.size) pairs.push(['size', view.appearance.size]);
  if (view.camera) pairs.push(['camera', [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(',')]);
  return pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&');
}

/** Reads a hash (with or without its '#') over `base`, the view a fresh page starts from. */
export function fromHash(hash: string, base: ViewState, vocabulary: HashVocabulary): SharedView {
  const params = new Map<string, string[]>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(at + 1));
    } catch {
      continue; // a broken escape: that one value is dropped, the rest of the link still works
    }
    const key = part.slice(0, at);
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  const one = (key: string): string | undefined => params.get(key)?.[0];
  const types = <T extends string>(key: string, known: readonly T[], fallback: ReadonlySet<T>): ReadonlySet<T> => {
    const value = one(key);
    if (value === undefined) return fallback;
    const wanted = new Set(value.split(','));
    return new Set(known.filter((t) => wanted.has(t)));
  };
  const node = (value: string | undefined): string | null => (value !== undefined && vocabulary.isNode(value) ? value : null);

  const from = one('from');
  const to = one('to');
  const sources = Number(one('sources'));
  const filters: Filters = {
    nodeTypes: types('nodes', vocabulary.nodeTypes, base.filters.nodeTypes),
    edgeTypes: types('relations', vocabulary.edgeTypes, base.filters.edgeTypes),
    dateRange: from !== undefined && to !== undefined && DATE.test(from) && DATE.test(to) && from <= to ? [from, to] : base.filters.dateRange,
    showUndated: one('undated') === 'hide' ? false : base.filters.showUndated,
    minSources: Number.isInteger(sources) && sources > 1 ? sources : base.filters.minSources,
    hideIsolated: one('isolated') === 'hide' ? true : base.filters.hideIsolated,
  };

  const centre = node(one('focus'));
  const depth = Number(one('depth'));
  const focus: Focus | null = centre === null ? null : {
    node: centre,
    depth: FOCUS_DEPTHS.includes(depth as FocusDepth) ? depth as FocusDepth : 1,
    edgeTypes: params.has('follow') ? types('follow', vocabulary.edgeTypes, filters.edgeTypes) : null,
    withinDates: one('dates') !== 'all',
    hideRest: one('rest') !== 'fade',
  };
  const trail = focus ? (params.get('trail') ?? []).filter((n) => vocabulary.isNode(n) && n !== centre) : [];

  const numbers = (one('camera') ?? '').split(',').map(Number);
  const [x, y, ratio] = numbers;
  const camera = numbers.length === 3 && numbers.every(Number.isFinite) && ratio! > 0 ? { x: x!, y: y!, ratio: ratio! } : null;

  // Node ids have no commas (schema: EntityKey), so a path is its two ends joined by one.
  const [pathStart, pathEnd] = (one('path') ?? '').split(',');
  const start = node(pathStart);
  const end = node(pathEnd);
  const path = start === null ? null : { from: start, to: end !== start ? end : null };

  const colour = one('colour');
  const size = one('size');
  const appearance: Appearance = {
    colour: COLOUR_BY.includes(colour as ColourBy) ? colour as ColourBy : base.appearance.colour,
    size: SIZE_BY.includes(size as SizeBy) ? size as SizeBy : base.appearance.size,
  };

  return { filters, focus, trail, selected: node(one('node')), path, appearance, camera };
}
