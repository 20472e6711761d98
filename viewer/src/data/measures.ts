// Measures of the whole graph for colouring, sizing and the node table: Louvain communities
// (graphology-communities-louvain, seeded so the same graph always gets the same communities), degree, weighted
// degree (graphology-metrics, weighted by sources), betweenness (graphology-metrics, slow on large graphs, so the
// viewer runs it in a worker: controllers/measures.ts) and each node's count of relations of each type.
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { EdgeType } from '../../../src/document/types.gen.js';
import type { ViewerGraph } from './graph.js';
import { seededRandom } from './layout.js';
import type { Topology } from './topology.js';

/** Louvain picks nodes in a random order; a fixed seed makes that order, and the communities, repeatable. */
const LOUVAIN_SEED = 0x5eed;

export interface Communities {
  /** Node → community, numbered from 0 by size, largest first (ties: the one whose first node comes first). */
  readonly of: ReadonlyMap<string, number>;
  /** Nodes per community, by community number. */
  readonly sizes: readonly number[];
  /** A community's best-connected node, to name it by. */
  readonly hubs: readonly string[];
}

export function communities(t: Topology): Communities {
  const raw = louvain(t, { rng: seededRandom(LOUVAIN_SEED), getEdgeWeight: 'weight' });
  const members = new Map<number, string[]>();
  t.forEachNode((node) => {
    const list = members.get(raw[node]!);
    if (list) list.push(node);
    else members.set(raw[node]!, [node]);
  });
  // Louvain's own numbers depend on its internals; numbering by size (then node order) is what stays stable.
  const ordered = [...members.values()].sort((a, b) => b.length - a.length);
  const of = new Map<string, number>();
  ordered.forEach((nodes, i) => { for (const node of nodes) of.set(node, i); });
  const hubs = ordered.map((nodes) => nodes.reduce((best, n) => (t.degree(n) > t.degree(best) ? n : best)));
  return { of, sizes: ordered.map((nodes) => nodes.length), hubs };
}

/** Relations per node (parallel ones counted apart, as the details panel lists them). */
export function degrees(graph: ViewerGraph): ReadonlyMap<string, number> {
  return new Map(graph.mapNodes((node) => [node, graph.degree(node)] as const));
}

/** Relations per node weighted by their sources: a relation three articles report counts three times. */
export function weightedDegrees(graph: ViewerGraph): ReadonlyMap<string, number> {
  return new Map(graph.mapNodes((node) => [node, weightedDegree(graph, node, 'sources')] as const));
}

/** Share of shortest paths between other nodes that pass through each node (normalised), links unweighted. */
export function betweenness(t: Topology): ReadonlyMap<string, number> {
  return new Map(Object.entries(betweennessCentrality(t, { getEdgeWeight: null, normalized: true })));
}

/** Each node's relations of each type. */
export function typeCounts(graph: ViewerGraph): ReadonlyMap<string, ReadonlyMap<EdgeType, number>> {
  const counts = new Map<string, Map<EdgeType, number>>();
  graph.forEachNode((node) => { counts.set(node, new Map()); });
  graph.forEachEdge((_e, a, source, target) => {
    for (const node of source === target ? [source] : [source, target]) {
      const c = counts.get(node)!;
      c.set(a.type, (c.get(a.type) ?? 0) + 1);
    }
  });
  return counts;
}
