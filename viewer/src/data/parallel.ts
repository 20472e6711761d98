// Curvature for parallel edges: edges between the same two nodes fan out symmetrically, so each stays visible.
// Computed once per graph from topology alone, and kept out of the graph's attributes.
import type { ViewerGraph } from './graph.js';

/** Curvature by edge key (`baseCurvature`: the curve program's default); edges alone between their pair are absent (drawn straight). */
export function parallelCurvatures(graph: ViewerGraph, baseCurvature: number): ReadonlyMap<string, number> {
  const groups = new Map<string, { key: string; flipped: boolean }[]>();
  graph.forEachEdge((key, _a, source, target) => {
    const flipped = source > target;
    const pair = flipped ? `${target}\u0000${source}` : `${source}\u0000${target}`;
    let group = groups.get(pair);
    if (!group) groups.set(pair, group = []);
    group.push({ key, flipped });
  });
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.key < b.key ? -1 : 1));
    const n = group.length;
    // Spread grows with the number of edges but saturates, so ten parallel edges do not balloon.
    const spread = 3.5 * (1 - Math.exp(-n / 3.5)) * baseCurvature;
    group.forEach(({ key, flipped }, i) => {
      const offset = (i / (n - 1)) * 2 - 1; // -1 .. 1
      const curvature = (offset * spread) / 2;
      if (curvature === 0) return; // the middle one of an odd group stays straight
      // The curve program bends relative to source → target; an edge drawn the other way must bend the other way.
      curvatures.set(key, flipped ? -curvature : curvature);
    });
  }
  return curvatures;
}
