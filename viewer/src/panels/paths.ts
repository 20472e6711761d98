// Paths between two nodes: the ends (the second picked by a click or a search), then each shortest path over the
// relations shown, hop by hop, each hop with its relations' type, date and first quote. When no chain of shown
// relations joins the two, it says so, naming the date window.
import { EDGE_COLOR } from '../appearance.js';
import { formatDate } from '../data/dates.js';
import type { ViewerGraph } from '../data/graph.js';
import type { Derived } from '../derive.js';
import { el, replaceKeepingFocus, swatch } from '../dom.js';
import { hopEdges } from '../paths.js';
import { humanise } from '../schema.js';
import { clearPath, type Store, type ViewState } from '../state.js';
import { evidenceItem, nodeButton } from './evidence.js';

export interface PathsPanelOptions {
  readonly derive: (state: ViewState) => Derived;
  readonly pick: (node: string) => void;
}

/** Relations listed per hop; a pair of nodes may be joined by many. */
const EDGES_PER_HOP = 3;

export function mountPaths(container: HTMLElement, graph: ViewerGraph, store: Store, options: PathsPanelOptions): () => void {
  const articles = graph.getAttribute('articles');
  const button = (node: string): HTMLElement => nodeButton(graph, node, options.pick);

  const hop = (a: string, b: string, d: Derived): HTMLElement => {
    const edges = hopEdges(graph, a, b, d.visibility)
      .map((edge) => ({ edge, attributes: graph.getEdgeAttributes(edge) }))
      .sort((x, y) => (y.attributes.date ?? '').localeCompare(x.attributes.date ?? ''));
    return el('li', { className: 'hop' },
      el('div', { className: 'hop-head' }, button(a), ' — ', button(b)),
      el('ul', { className: 'hop-edges' }, ...edges.slice(0, EDGES_PER_HOP).map(({ edge, attributes: e }) => el('li', {
        className: 'hop-edge', attrs: { 'data-edge': edge, 'data-type': e.type, 'data-date': e.date ?? '' },
      },
      el('div', { className: 'edge-head' },
        swatch('line', EDGE_COLOR[e.type], humanise(e.type)),
        el('span', { className: 'edge-type' }, humanise(e.type)),
        el('span', { className: 'edge-date' }, formatDate(e.date, e.datePrecision))),
      e.provenance[0] ? el('ul', { className: 'evidence' }, evidenceItem(articles, e.provenance[0])) : null))),
      edges.length > EDGES_PER_HOP ? el('p', { className: 'note' }, `… and ${edges.length - EDGES_PER_HOP} more relations between them`) : null);
  };

  const render = (s: ViewState): void => {
    const ends = s.path;
    if (!ends) { container.hidden = true; container.replaceChildren(); return; }
    const d = options.derive(s);
    const range = s.filters.dateRange;
    const window = range ? ` between ${range[0]} and ${range[1]}` : '';
    const result = d.paths;
    const body = ends.to === null
      ? [el('p', { className: 'note path-prompt' }, 'Pick the other end: click a node in the graph, or find it with search.')]
      : !result || result.count === 0
        ? [el('p', { className: 'no-path', attrs: { role: 'status' } }, `No path in this window: no chain of the relations shown joins them${window}.`)]
        : [
          el('p', { className: 'path-summary', attrs: { role: 'status' } },
            `${result.count.toLocaleString('en')} shortest path${result.count === 1 ? '' : 's'} of ${result.length} step${result.length === 1 ? '' : 's'}${window}`,
            result.count > result.paths.length ? ` (the first ${result.paths.length} listed)` : ''),
          ...result.paths.map((p, i) => el('section', { className: 'path', attrs: { 'aria-label': `Path ${i + 1}` } },
            result.paths.length > 1 ? el('h3', {}, `Path ${i + 1}`) : null,
            el('ol', { className: 'hops' }, ...p.slice(1).map((node, j) => hop(p[j]!, node, d))))),
        ];
    replaceKeepingFocus(container,
      el('header', { className: 'details-head' },
        el('h2', { className: 'details-title', attrs: { tabindex: -1 } }, 'Paths'),
        el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close paths' }, on: { click: () => store.update(clearPath) } }, '×')),
      el('p', { className: 'path-ends' }, 'From ', button(ends.from), ' to ', ends.to === null ? el('em', {}, 'the node you pick next') : button(ends.to)),
      ...body);
    container.hidden = false;
  };

  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.path !== prev.path || (next.path?.to && (next.filters !== prev.filters || next.focus !== prev.focus))) render(next);
  });
  return () => { unsubscribe(); container.hidden = true; container.replaceChildren(); };
}
