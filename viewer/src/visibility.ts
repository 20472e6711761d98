// What the filters leave visible, derived from graph + filters and cached on the filters object, so reducers,
// the details panel, the counts and the GEXF export agree without anything being written into the graph.
import type { EdgeAttributes, ViewerGraph } from './data/graph.js';
import type { Filters } from './state.js';

export interface Visibility {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  readonly visibleNodes: number;
  readonly visibleEdges: number;
}

/** Whether an edge passes the filters on its own (its ends are judged separately). */
export function edgePasses(a: EdgeAttributes, f: Filters): boolean {
  if (!f.edgeTypes.has(a.type)) return false;
  if (a.sources < f.minSources) return false;
  if (!a.date) return f.showUndated;
  return f.dateRange === null || (a.date >= f.dateRange[0] && a.date <= f.dateRange[1]);
}

export function computeVisibility(graph: ViewerGraph, f: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, a) => { if (!f.nodeTypes.has(a.type)) hiddenNodes.add(node); });
  const degree = new Map<string, number>();
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(a, f)) {
      hiddenEdges.add(edge);
      return;
    }
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  if (f.hideIsolated) {
    graph.forEachNode((node) => { if (!degree.has(node)) hiddenNodes.add(node); });
  }
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}

/** computeVisibility, recomputed only when the filters object changes (updaters keep it when nothing did). */
export function visibilityCache(graph: ViewerGraph): (f: Filters) => Visibility {
  let last: { f: Filters; v: Visibility } | null = null;
  return (f) => {
    if (last?.f !== f) last = { f, v: computeVisibility(graph, f) };
    return last.v;
  };
}

/** The node's neighbours through visible edges. */
export function visibleNeighbours(graph: ViewerGraph, node: string, v: Visibility): ReadonlySet<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (v.hiddenEdges.has(edge)) return;
    out.add(source === node ? target : source);
  });
  return out;
}
