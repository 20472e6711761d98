// A seeded starting layout for documents without positions: nodes on a jittered disc from a fixed seed, then,
// for graphs small enough to settle in a blink, ForceAtlas2 iterations run synchronously. Same document in,
// same picture out: there is no Math.random here.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from './graph.js';

const SEED = 0x9e3779b9;
/** Above this many nodes the viewer leaves the settling to the re-layout button (the worker). */
const SYNC_LAYOUT_MAX_NODES = 3000;
const SYNC_ITERATIONS = 300;

/** mulberry32: a tiny seeded generator, good enough for scattering points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills positions the document did not give; nodes that have one keep it. */
export function seedLayout(graph: ViewerGraph): void {
  const random = seededRandom(SEED);
  const radius = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((_n, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return a;
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    return { ...a, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  }, { attributes: ['x', 'y'] });
  if (graph.order > 1 && graph.order <= SYNC_LAYOUT_MAX_NODES) {
    forceAtlas2.assign(graph, { iterations: SYNC_ITERATIONS, settings: forceAtlas2.inferSettings(graph) });
  }
}
