import { beforeAll, describe, expect, it } from 'vitest';
import type { DiploGraph } from '../../src/graph/document.js';
import { stats } from '../../src/query/stats.js';
import { devGraph } from '../graph/dev.js';

describe('stats on the dev graph', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it('counts by type, ranks nodes by degree and gives the span of dates', () => {
    const s = stats(graph, { top: 5 });
    expect(s.articles).toBe(25);
    expect(Object.values(s.nodesByType).reduce((a, b) => a + b, 0)).toBe(graph.order);
    expect(Object.values(s.edgesByType).reduce((a, b) => a + b, 0)).toBe(graph.size);
    expect(s.topNodes).toHaveLength(5);
    expect(s.topNodes.map((n) => n.degree)).toEqual([...s.topNodes.map((n) => n.degree)].sort((a, b) => b - a));
    expect(s.topNodes.map((n) => n.id)).toContain('leader/Q7747');
    expect(s.dateRange!.from <= '2022-07-22').toBe(true);
    expect(s.dateRange!.to >= '2025-08-08').toBe(true);
    expect(s.multiSourceEdges).toBeGreaterThan(0);
  });
});
