// Legend and filters in one: each node and edge type is a row with its mark, name, count and a checkbox;
// below, the minimum number of sources and whether nodes without visible relations stay. Filtering only
// changes view state; the reducers hide what no longer passes. The controls follow the state, which a link or
// the back button may change too.
import { EDGE_COLOR, NODE_LOOK } from '../appearance.js';
import type { ViewerGraph } from '../data/graph.js';
import { maxSources } from '../data/graph.js';
import { el, replace, swatch } from '../dom.js';
import { EDGE_TYPES, NODE_TYPES, humanise, type EdgeType, type NodeType } from '../schema.js';
import { setHideIsolated, setMinSources, showEdgeType, showNodeType, type Filters, type Store } from '../state.js';

export function mountFilters(container: HTMLElement, graph: ViewerGraph, store: Store): () => void {
  const nodeCounts = new Map<NodeType, number>();
  const edgeCounts = new Map<EdgeType, number>();
  graph.forEachNode((_n, a) => nodeCounts.set(a.type, (nodeCounts.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_e, a) => edgeCounts.set(a.type, (edgeCounts.get(a.type) ?? 0) + 1));

  const boxes: { box: HTMLInputElement; on: (f: Filters) => boolean }[] = [];
  const row = (name: string, mark: SVGSVGElement, count: number, on: (f: Filters) => boolean, onChange: (on: boolean) => void): HTMLElement => {
    const box = el('input', { attrs: { type: 'checkbox', name, 'aria-label': `Show ${humanise(name)}` }, on: { change: () => onChange(box.checked) } });
    boxes.push({ box, on });
    if (count === 0) box.disabled = true;
    return el('label', { className: count === 0 ? 'legend-row empty' : 'legend-row', attrs: { 'data-type': name } },
      box, mark, el('span', { className: 'legend-name' }, humanise(name)), el('span', { className: 'count' }, count));
  };

  const nodeRows = NODE_TYPES.map((t) => row(t, swatch(NODE_LOOK[t].shape, NODE_LOOK[t].color, humanise(t)), nodeCounts.get(t) ?? 0,
    (f) => f.nodeTypes.has(t), (on) => store.update(showNodeType, t, on)));
  const edgeRows = EDGE_TYPES.map((t) => row(t, swatch('line', EDGE_COLOR[t], humanise(t)), edgeCounts.get(t) ?? 0,
    (f) => f.edgeTypes.has(t), (on) => store.update(showEdgeType, t, on)));

  const most = maxSources(graph);
  const sourcesValue = el('output', { className: 'value', attrs: { for: 'min-sources' } });
  const sources = el('input', {
    attrs: { id: 'min-sources', type: 'range', min: 1, max: Math.max(most, 2), step: 1, 'aria-label': 'Minimum number of sources' },
    on: { input: () => { sourcesValue.textContent = sources.value; store.update(setMinSources, Number(sources.value)); } },
  });
  sources.disabled = most < 2;

  const isolated = el('input', { attrs: { type: 'checkbox', name: 'hide-isolated' }, on: { change: () => store.update(setHideIsolated, isolated.checked) } });
  boxes.push({ box: isolated, on: (f) => f.hideIsolated });

  const render = (f: Filters): void => {
    for (const { box, on } of boxes) box.checked = on(f);
    sources.value = String(f.minSources);
    sourcesValue.textContent = String(f.minSources);
  };
  render(store.get().filters);
  const unsubscribe = store.subscribe((next, prev) => { if (next.filters !== prev.filters) render(next.filters); });

  replace(container,
    el('section', { className: 'panel legend', attrs: { 'aria-label': 'Node types' } }, el('h2', {}, 'Nodes'), ...nodeRows),
    el('section', { className: 'panel legend', attrs: { 'aria-label': 'Relation types' } }, el('h2', {}, 'Relations'), ...edgeRows),
    el('section', { className: 'panel evidence-filter' },
      el('h2', {}, 'Evidence'),
      el('label', { className: 'slider-row' }, el('span', {}, 'At least '), sourcesValue, el('span', {}, most < 2 ? ' source (every relation has one)' : ' source(s)')),
      sources,
      el('label', { className: 'check-row' }, isolated, ' Hide nodes without visible relations')),
    el('p', { className: 'hint' }, 'Hover a node to see its neighbourhood; click it for details and evidence.'));
  return () => { unsubscribe(); container.replaceChildren(); };
}
