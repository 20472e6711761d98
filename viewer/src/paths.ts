// Paths: the shortest chains of visible relations between two nodes (graphology-shortest-path's breadth-first
// Brandes pass gives every shortest path's predecessors and their number), each hop with the relations that make
// it. A relation links its two nodes whatever its direction, as in a focus.
import { brandes } from 'graphology-shortest-path/unweighted.js';
import type { ViewerGraph } from './data/graph.js';
import { topology, type Topology } from './data/topology.js';
import type { Visibility } from './visibility.js';

export interface PathResult {
  readonly from: string;
  readonly to: string;
  /** Steps in a shortest path; 0 when there is none. */
  readonly length: number;
  /** How many shortest paths there are (all of them, not only those listed). */
  readonly count: number;
  /** Up to the limit of them, each as its nodes from `from` to `to`. */
  readonly paths: readonly (readonly string[])[];
}

/** The relations shown between two neighbouring nodes of a path, either way round. */
export function hopEdges(graph: ViewerGraph, a: string, b: string, v: Visibility): string[] {
  const out: string[] = [];
  graph.forEachEdge(a, (edge, _attributes, source, target) => {
    if (!v.hiddenEdges.has(edge) && (source === b || target === b)) out.push(edge);
  });
  return out;
}

/** The visible relations as a topology, built again only when what is visible changes. */
export function visibleTopology(graph: ViewerGraph): (v: Visibility) => Topology {
  let last: { v: Visibility; t: Topology } | null = null;
  return (v) => {
    if (last?.v !== v) last = { v, t: topology(graph, (edge) => !v.hiddenEdges.has(edge)) };
    return last.t;
  };
}

/** The shortest paths from `from` to `to` over `t`, at most `limit` of them listed. */
export function shortestPaths(t: Topology, from: string, to: string, limit: number): PathResult {
  const none = { from, to, length: 0, count: 0, paths: [] };
  if (!t.hasNode(from) || !t.hasNode(to) || from === to) return none;
  const [, predecessors, counts] = brandes(t, from);
  const count = counts[to] ?? 0;
  if (count === 0) return none;
  // Walk back from `to` through the predecessors: every such walk is a shortest path.
  const paths: string[][] = [];
  const walk = (node: string, tail: string[]): void => {
    if (paths.length >= limit) return;
    if (node === from) { paths.push([from, ...tail]); return; }
    for (const previous of predecessors[node] ?? []) walk(previous, [node, ...tail]);
  };
  walk(to, []);
  let length = 0;
  for (let node = to; node !== from; node = predecessors[node]![0]!) length++;
  return { from, to, length, count, paths };
}
