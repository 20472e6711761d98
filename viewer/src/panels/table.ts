// The node table: the nodes shown, with type, community, degree, weighted degree, betweenness and their count of
// each relation type. Column headers sort (again to reverse); a node's name selects it and focuses on it.
// Long tables list their first rows only: sorting brings any node to the top.
import { communityColor } from '../appearance.js';
import type { MeasuresController } from '../controllers/measures.js';
import type { ViewerGraph } from '../data/graph.js';
import type { Derived } from '../derive.js';
import { el, replaceKeepingFocus, swatch } from '../dom.js';
import { EDGE_TYPES, humanise } from '../schema.js';
import { showTable, sortTable, type Store, type TableColumn, type ViewState } from '../state.js';
import { SIZE_NAMES } from './appearance.js';

export interface TablePanelOptions {
  readonly derive: (state: ViewState) => Derived;
  /** Select and focus on a node. */
  readonly focus: (node: string) => void;
}

const ROWS = 300;

export function mountTable(container: HTMLElement, graph: ViewerGraph, store: Store, measures: MeasuresController, options: TablePanelOptions): () => void {
  // Relation types the graph has: a column of zeros tells nothing.
  const present = EDGE_TYPES.filter((t) => graph.someEdge((_e, a) => a.type === t));

  const render = (s: ViewState): void => {
    if (!s.table.open) { container.hidden = true; container.replaceChildren(); return; }
    const { of: community } = measures.communities();
    const degree = measures.degree();
    const weighted = measures.weightedDegree();
    const between = measures.betweenness();
    const counts = measures.typeCounts();
    const label = (n: string): string => graph.getNodeAttribute(n, 'label');
    const value = (node: string, column: TableColumn): number | string => {
      switch (column) {
        case 'label': return label(node);
        case 'type': return graph.getNodeAttribute(node, 'type');
        case 'community': return community.get(node) ?? Infinity;
        case 'degree': return degree.get(node) ?? 0;
        case 'weightedDegree': return weighted.get(node) ?? 0;
        case 'betweenness': return between?.get(node) ?? 0;
        default: return counts.get(node)?.get(column) ?? 0;
      }
    };
    const { sort, descending } = s.table;
    const hidden = options.derive(s).visibility.hiddenNodes;
    const nodes = graph.filterNodes((n) => !hidden.has(n));
    const sign = descending ? -1 : 1;
    nodes.sort((a, b) => {
      const x = value(a, sort);
      const y = value(b, sort);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * order || label(a).localeCompare(label(b));
    });

    const columns: [TableColumn, string][] = [
      ['label', 'Name'], ['type', 'Type'], ['community', 'Community'],
      ['degree', SIZE_NAMES.degree], ['weightedDegree', SIZE_NAMES.weightedDegree], ['betweenness', SIZE_NAMES.betweenness],
      ...present.map((t): [TableColumn, string] => [t, humanise(t)]),
    ];
    const head = columns.map(([column, name]) => el('th', {
      attrs: { scope: 'col', 'aria-sort': column === sort ? (descending ? 'descending' : 'ascending') : undefined, 'data-column': column },
    }, el('button', { className: 'sort', attrs: { type: 'button', name: `sort-${column}` }, on: { click: () => store.update(sortTable, column) } },
      name, column === sort ? (descending ? ' ▼' : ' ▲') : '')));

    const number = (n: number): string => n.toLocaleString('en');
    const row = (node: string): HTMLElement => {
      const c = community.get(node) ?? Infinity;
      const b = between?.get(node);
      return el('tr', { attrs: { 'data-node': node } },
        el('th', { attrs: { scope: 'row' } },
          el('button', { className: 'link-button', attrs: { type: 'button', 'data-node': node }, on: { click: () => options.focus(node) } }, label(node))),
        el('td', {}, humanise(graph.getNodeAttribute(node, 'type'))),
        el('td', { className: 'community', attrs: { 'data-community': c } }, swatch('circle', communityColor(c), `Community ${c + 1}`), ` ${c + 1}`),
        el('td', { className: 'num' }, number(degree.get(node) ?? 0)),
        el('td', { className: 'num' }, number(weighted.get(node) ?? 0)),
        el('td', { className: 'num', attrs: { 'data-column': 'betweenness' } }, b === undefined ? '…' : b.toFixed(4)),
        ...present.map((t) => el('td', { className: 'num', attrs: { 'data-column': t } }, number(counts.get(node)?.get(t) ?? 0))));
    };

    replaceKeepingFocus(container,
      el('header', { className: 'table-head' },
        el('h2', {}, 'Nodes'),
        el('p', { className: 'note', attrs: { role: 'status' } },
          nodes.length > ROWS ? `The first ${ROWS} of ${number(nodes.length)} nodes shown` : `${number(nodes.length)} nodes shown`,
          between ? '' : ' · computing betweenness…'),
        el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close the table' }, on: { click: () => store.update(showTable, false) } }, '×')),
      el('div', { className: 'table-scroll' },
        el('table', { className: 'nodes', attrs: { 'aria-label': `Nodes shown, sorted by ${columns.find(([c]) => c === sort)![1]}, ${descending ? 'descending' : 'ascending'}` } },
          el('thead', {}, el('tr', {}, ...head)),
          el('tbody', {}, ...nodes.slice(0, ROWS).map(row)))));
    container.hidden = false;
  };

  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.table !== prev.table || (next.table.open && (next.filters !== prev.filters || next.focus !== prev.focus))) render(next);
  });
  const unlisten = measures.onBetweenness(() => render(store.get()));
  return () => { unsubscribe(); unlisten(); container.hidden = true; container.replaceChildren(); };
}
