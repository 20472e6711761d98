// The graph's shape without its documents: one undirected link per pair of related nodes, weighted by the sources
// of the relations it stands for. graphology's path and community algorithms walk every edge of the graph they are
// given, follow directed edges one way only and count parallel edges apart; a relation between two nodes joins
// them whatever its direction, so they are run on this. It is built beside the viewer graph, never instead of it.
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, ViewerGraph } from './graph.js';

export interface LinkAttributes { weight: number }
export type Topology = UndirectedGraph<Record<string, never>, LinkAttributes>;

/** Every node of `graph`, linked where an edge `keep` accepts joins two of them (self-loops left out). */
export function topology(graph: ViewerGraph, keep: (edge: string, a: EdgeAttributes) => boolean = () => true): Topology {
  const t: Topology = new UndirectedGraph<Record<string, never>, LinkAttributes>();
  graph.forEachNode((node) => { t.addNode(node); });
  graph.forEachEdge((edge, a, source, target) => {
    if (source === target || !keep(edge, a)) return;
    t.updateEdge(source, target, (link) => ({ weight: (link.weight ?? 0) + a.sources }));
  });
  return t;
}
