// ForceAtlas2 positions for the graph, deterministic: every node starts at a point drawn from a hash of the
// seed and its id (so adding a node does not move the others' starts), nodes are visited in id order, and
// positions are rounded. Settings are inferred from the graph's size (Barnes-Hut above 2,000 nodes).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import { defaultLayoutOptions, inferIterations, type LayoutOptions } from './defaults.js';
import type { GraphDocument } from '../document/types.gen.js';
import { canonicalNode, compareIds, type DiploGraph } from './document.js';

export type { LayoutOptions } from './defaults.js';
export type Positions = Record<string, { x: number; y: number }>;

/** 32-bit FNV-1a of a string, then a xorshift step per draw: enough to scatter start points evenly. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function startPoint(seed: number, id: string, radius: number): { x: number; y: number } {
  let h = hash(`${seed}\u0000${id}`) || 1;
  const next = () => {
    h ^= h << 13; h >>>= 0;
    h ^= h >>> 17;
    h ^= h << 5; h >>>= 0;
    return h / 0x100000000;
  };
  const angle = next() * 2 * Math.PI;
  const r = radius * Math.sqrt(next());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Positions of `ids` (sorted) under edges given in id order: the one computation behind layout and layoutDocument. */
function positions(ids: readonly string[], edges: Iterable<{ source: string; target: string; sources: number }>, options: LayoutOptions): Positions {
  const seed = options.seed ?? defaultLayoutOptions.seed;
  const precision = options.precision ?? defaultLayoutOptions.precision;
  // A bare copy: sorted ids, seeded starts, one weight per edge (its number of sources).
  const copy = new MultiDirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  const radius = 10 * Math.sqrt(Math.max(ids.length, 1));
  for (const id of ids) copy.addNode(id, startPoint(seed, id, radius));
  for (const e of edges) if (e.source !== e.target) copy.addDirectedEdge(e.source, e.target, { weight: e.sources });
  const iterations = options.iterations ?? inferIterations(copy.order);
  const out: Positions = {};
  const round = (v: number) => {
    const p = 10 ** precision;
    const r = Math.round(v * p) / p;
    return Object.is(r, -0) ? 0 : r;
  };
  const computed = copy.order > 0 && copy.size > 0
    ? forceAtlas2(copy, { iterations, settings: forceAtlas2.inferSettings(copy), getEdgeWeight: 'weight' })
    : Object.fromEntries(ids.map((id) => [id, copy.getNodeAttributes(id)]));
  for (const id of ids) {
    const p = computed[id]!;
    out[id] = { x: round(p.x), y: round(p.y) };
  }
  return out;
}

/** ForceAtlas2 positions of every node, keyed by node id; the graph is not changed. */
export function layout(graph: DiploGraph, options: LayoutOptions = {}): Positions {
  const edges = graph.edges().sort().map((e) => {
    const [source, target] = graph.extremities(e);
    return { source, target, sources: graph.getEdgeAttribute(e, 'sources') };
  });
  return positions(graph.nodes().sort(), edges, options);
}

/**
 * The document with ForceAtlas2 positions in its nodes: the same positions `layout` gives its graph, without
 * building one (a large document is not held twice). Expects nodes and edges sorted by id, as documents are.
 */
export function layoutDocument(doc: GraphDocument, options: LayoutOptions = {}): GraphDocument {
  const sorted = <T extends { id: string }>(items: readonly T[]) => (items.every((x, i) => i === 0 || compareIds(items[i - 1]!, x) < 0) ? items : [...items].sort(compareIds));
  const nodes = sorted(doc.nodes);
  const at = positions(nodes.map((n) => n.id), sorted(doc.edges), options);
  return { ...doc, nodes: doc.nodes.map((n) => canonicalNode({ ...n, ...at[n.id]! })) };
}

/** Runs the layout and writes x, y into each node's attributes. */
layout.assign = function assign(graph: DiploGraph, options: LayoutOptions = {}): void {
  const positions = layout(graph, options);
  for (const [id, p] of Object.entries(positions)) graph.mergeNodeAttributes(id, p);
};

/** Whether every node of a non-empty graph already has a position. */
export function hasLayout(graph: DiploGraph): boolean {
  return graph.order > 0 && graph.everyNode((_, a) => typeof a.x === 'number' && typeof a.y === 'number');
}
