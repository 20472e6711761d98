// One line over the graph: how much of it the filters (and a focus hiding the rest) leave visible.
import type { ViewerGraph } from '../data/graph.js';
import type { Store, ViewState } from '../state.js';
import type { Visibility } from '../visibility.js';

export function mountStatus(container: HTMLElement, graph: ViewerGraph, store: Store, visibility: (s: ViewState) => Visibility): () => void {
  const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const render = (s: ViewState): void => {
    const v = visibility(s);
    const all = v.visibleNodes === graph.order && v.visibleEdges === graph.size;
    container.textContent = all
      ? `${graph.getAttribute('name')}: ${plural(graph.order, 'node', 'nodes')}, ${plural(graph.size, 'relation', 'relations')}`
      : `Showing ${v.visibleNodes.toLocaleString('en')} of ${plural(graph.order, 'node', 'nodes')}, `
        + `${v.visibleEdges.toLocaleString('en')} of ${plural(graph.size, 'relation', 'relations')}`;
  };
  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => { if (next.filters !== prev.filters || next.focus !== prev.focus) render(next); });
  return () => { unsubscribe(); container.textContent = ''; };
}
