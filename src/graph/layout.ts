// ForceAtlas2 positions for the graph, deterministic: every node starts at a point drawn from a hash of the
// seed and its id (so adding a node does not move the others' starts), nodes are visited in id order, and
// positions are rounded. Settings are inferred from the graph's size (Barnes-Hut above 2,000 nodes).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import { defaultLayoutOptions, inferIterations, type LayoutOptions } from './defaults.js';
import type { DiploGraph } from './document.js';

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

/** ForceAtlas2 positions of every node, keyed by node id; the graph is not changed. */
export function layout(graph: DiploGraph, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? defaultLayoutOptions.seed;
  const precision = options.precision ?? defaultLayoutOptions.precision;
  // A bare copy: sorted ids, seeded starts, one weight per edge (its number of sources).
  const ids = graph.nodes().sort();
  const copy = new MultiDirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  const radius = 10 * Math.sqrt(Math.max(ids.length, 1));
  for (const id of ids) copy.addNode(id, startPoint(seed, id, radius));
  const edges = graph.edges().sort();
  for (const e of edges) {
    const [s, t] = graph.extremities(e);
    if (s !== t) copy.addDirectedEdge(s, t, { weight: graph.getEdgeAttribute(e, 'sources') });
  }
  const iterations = options.iterations ?? inferIterations(copy.order);
  const positions: Positions = {};
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
    positions[id] = { x: round(p.x), y: round(p.y) };
  }
  return positions;
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
