import { beforeAll, describe, expect, it } from 'vitest';
import type { DiploGraph } from '../../src/graph/document.js';
import { timeline } from '../../src/query/timeline.js';
import { devGraph } from '../graph/dev.js';

describe('timeline on the dev graph', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it("lists a node's dated edges in date order, each with the other party", () => {
    const entries = timeline(graph, 'Raeisi');
    expect(entries.length).toBeGreaterThan(3);
    const dates = entries.map((t) => t.edge.date!);
    expect(dates).toEqual([...dates].sort());
    expect(entries.every((t) => t.edge.date !== null)).toBe(true);
    expect(entries.some((t) => t.edge.type === 'phone_call' && t.edge.date === '2024-03-19' && t.other.label === 'Vladimir Putin')).toBe(true);
  });

  it('applies the edge filters', () => {
    const entries = timeline(graph, 'Putin', { types: ['meeting'], since: '2023-01-01' });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((t) => t.edge.type === 'meeting' && t.edge.date! >= '2023-01-01')).toBe(true);
  });
});
