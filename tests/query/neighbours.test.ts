// neighbours on the dev graph: the acceptance case (Raeisi's neighbours include Vladimir Putin with the
// 2024-03-19 phone call), and each option's effect.
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { neighbours } from '../../src/query/neighbours.js';
import { devGraph } from '../graph/dev.js';

describe('neighbours on the dev graph', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it('lists Vladimir Putin among Raeisi\'s neighbours with the 2024-03-19 phone call and its provenance', () => {
    const found = neighbours(graph, 'Raeisi');
    const putin = found.find((n) => n.node.label === 'Vladimir Putin');
    expect(putin).toBeDefined();
    expect(putin!.depth).toBe(1);
    const call = putin!.edges.find((e) => e.type === 'phone_call');
    expect(call).toMatchObject({ date: '2024-03-19', from: 'leader/Q5947347', direction: 'both', directed: false });
    expect(call!.provenance.length).toBeGreaterThan(0);
    expect(call!.provenance[0]!.article).toBe('seed-putin-raisi-2024-03-19');
    expect(call!.provenance[0]!.quote).toMatch(/phone call/);
  });

  it('keeps only the asked types, and the days inside since/until', () => {
    const calls = neighbours(graph, 'Raeisi', { types: ['phone_call'] });
    expect(calls.flatMap((n) => n.edges).every((e) => e.type === 'phone_call')).toBe(true);
    expect(calls.map((n) => n.node.label)).toContain('Vladimir Putin');
    const window = neighbours(graph, 'Raeisi', { since: '2024-01-01', until: '2024-12-31' });
    const edges = window.flatMap((n) => n.edges);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.date !== null && e.date >= '2024-01-01' && e.date <= '2024-12-31')).toBe(true);
  });

  it('follows directed edges one way with direction, undirected ones both ways', () => {
    const out = neighbours(graph, 'Raeisi', { direction: 'out' }).flatMap((n) => n.edges);
    expect(out.every((e) => e.direction === 'out' || e.direction === 'both')).toBe(true);
    expect(out.some((e) => e.type === 'congratulation' && e.target === 'leader/Q7747')).toBe(true);
    const into = neighbours(graph, 'Putin', { direction: 'in', types: ['congratulation'] }).flatMap((n) => n.edges);
    expect(into.some((e) => e.source === 'leader/Q5947347')).toBe(true);
    expect(into.every((e) => e.target === 'leader/Q7747')).toBe(true);
  });

  it('goes further with depth, listing each node once at its nearest hop', () => {
    const one = neighbours(graph, 'Raeisi');
    const two = neighbours(graph, 'Raeisi', { depth: 2 });
    expect(two.length).toBeGreaterThan(one.length);
    expect(new Set(two.map((n) => n.node.id)).size).toBe(two.length);
    expect(two.filter((n) => n.depth === 1).map((n) => n.node.id)).toEqual(one.map((n) => n.node.id));
    const second = two.find((n) => n.depth === 2)!;
    expect(one.map((n) => n.node.id)).toContain(second.edges[0]!.from);
  });

  it('keeps edges reported by at least minSources articles', () => {
    const many = neighbours(graph, 'Putin', { minSources: 2 }).flatMap((n) => n.edges);
    expect(many.length).toBeGreaterThan(0);
    expect(many.every((e) => e.sources >= 2)).toBe(true);
  });

  it('rejects bad options as usage errors', () => {
    expect(() => neighbours(graph, 'Putin', { depth: 0 })).toThrow(UsageError);
    expect(() => neighbours(graph, 'Putin', { since: '19 March' })).toThrow(UsageError);
    expect(() => neighbours(graph, 'Putin', { types: ['phoned' as 'phone_call'] })).toThrow(UsageError);
    expect(() => neighbours(graph, 'Putin', { direction: 'up' as 'out' })).toThrow(UsageError);
  });
});
