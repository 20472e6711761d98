// Dated relations per month and type, for the histogram under the date sliders: busy periods show before anyone
// drags. Counted once from the graph; filters do not change it.
import type { EdgeType } from '../../../src/document/types.gen.js';
import { toMonth } from './dates.js';
import type { ViewerGraph } from './graph.js';

export interface MonthCounts {
  /** The first month with a dated relation (see dates.ts); months run on from it without gaps. */
  readonly first: number;
  /** Per month from `first`: relations of each type dated in it. */
  readonly months: readonly ReadonlyMap<EdgeType, number>[];
}

/** `order`: the edge types as the legend lists them, so stacks read alike from month to month. */
export function datedPerMonth(graph: ViewerGraph, order: readonly EdgeType[]): MonthCounts | null {
  const byMonth = new Map<number, Map<EdgeType, number>>();
  graph.forEachEdge((_e, a) => {
    if (!a.date) return;
    const m = toMonth(a.date);
    const counts = byMonth.get(m) ?? new Map<EdgeType, number>();
    counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    byMonth.set(m, counts);
  });
  if (byMonth.size === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const m of byMonth.keys()) { first = Math.min(first, m); last = Math.max(last, m); }
  const ordered = (counts: Map<EdgeType, number> | undefined): ReadonlyMap<EdgeType, number> =>
    new Map(order.filter((t) => counts?.has(t)).map((t) => [t, counts!.get(t)!]));
  return { first, months: Array.from({ length: last - first + 1 }, (_, i) => ordered(byMonth.get(first + i))) };
}
