// Focus: one node and its neighbourhood to a depth, the viewer's `diplograph neighbours --depth`. The relations
// followed are those the filters show, narrowed to the focus's own types, over all dates when the focus leaves
// the date window aside. What lies beyond is hidden or faded by the reducers; nothing is written into the graph.
import type { ViewerGraph } from './data/graph.js';
import type { Filters, Focus } from './state.js';
import type { Visibility } from './visibility.js';

/** The filters that hold while focused: the focus's relation types, and no date window when it takes all dates. */
export function focusFilters(f: Filters, focus: Focus): Filters {
  const edgeTypes = focus.edgeTypes === null ? f.edgeTypes : new Set([...f.edgeTypes].filter((t) => focus.edgeTypes!.has(t)));
  return { ...f, edgeTypes, dateRange: focus.withinDates ? f.dateRange : null };
}

/**
 * Breadth first from `centre` through edges `v` shows, up to `depth` hops: node → hops from the centre (0 for it).
 * A centre the filters hide has no neighbourhood.
 */
export function neighbourhood(graph: ViewerGraph, centre: string, depth: number, v: Visibility): ReadonlyMap<string, number> {
  const hops = new Map<string, number>();
  if (!graph.hasNode(centre) || v.hiddenNodes.has(centre)) return hops;
  hops.set(centre, 0);
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const from of frontier) {
      graph.forEachEdge(from, (edge, _a, source, target) => {
        if (v.hiddenEdges.has(edge)) return;
        const other = source === from ? target : source;
        if (hops.has(other)) return;
        hops.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return hops;
}

/** `v` with everything outside `keep` hidden too: nodes not in it, and edges with an end outside it. */
export function restrictTo(graph: ViewerGraph, v: Visibility, keep: ReadonlyMap<string, number>): Visibility {
  const hiddenNodes = new Set(v.hiddenNodes);
  const hiddenEdges = new Set(v.hiddenEdges);
  graph.forEachNode((node) => { if (!keep.has(node)) hiddenNodes.add(node); });
  graph.forEachEdge((edge, _a, source, target) => { if (!keep.has(source) || !keep.has(target)) hiddenEdges.add(edge); });
  return { hiddenNodes, hiddenEdges, visibleNodes: graph.order - hiddenNodes.size, visibleEdges: graph.size - hiddenEdges.size };
}
