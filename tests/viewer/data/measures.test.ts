import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../../viewer/src/data/graph.js';
import { betweenness, communities, degrees, typeCounts, weightedDegrees } from '../../../viewer/src/data/measures.js';
import { topology } from '../../../viewer/src/data/topology.js';
import { fixtureDocument } from '../fixture.js';

const graph = fromDocument(fixtureDocument(), 'fixture.json');

describe('measures', () => {
  it('count relations, weighted by their sources, and by type', () => {
    expect(degrees(graph).get('leader/Q1')).toBe(5);
    // The second meeting with Ramaphosa has three sources.
    expect(weightedDegrees(graph).get('leader/Q1')).toBe(7);
    expect(typeCounts(graph).get('leader/Q1')).toEqual(new Map([['phone_call', 1], ['meeting', 2], ['congratulation', 1], ['leader_of', 1]]));
    expect(typeCounts(graph).get('agreement/paris')!.size).toBe(0);
  });

  it('puts each node in a community, numbered by size, and the same ones on every run', () => {
    const first = communities(topology(graph));
    expect(first.of.size).toBe(graph.order);
    expect([...first.sizes]).toEqual([...first.sizes].sort((a, b) => b - a));
    expect(first.sizes.reduce((a, b) => a + b, 0)).toBe(graph.order);
    // Erdoğan and the Paris Agreement have no relations: each is a community of its own.
    expect(first.of.get('leader/Q4')).not.toBe(first.of.get('agreement/paris'));
    // The leaders who call and meet each other, apart from the states that share a bloc.
    expect(first.of.get('leader/Q1')).toBe(first.of.get('leader/Q2'));
    expect(first.of.get('state/BRA')).toBe(first.of.get('state/IND'));
    expect(first.of.get('leader/Q1')).not.toBe(first.of.get('state/BRA'));
    expect(first.hubs[first.of.get('leader/Q1')!]).toBe('leader/Q1');
    for (let run = 0; run < 3; run++) expect(communities(topology(fromDocument(fixtureDocument(), 'again.json'))).of).toEqual(first.of);
  });

  it('finds the nodes that chains of relations pass through', () => {
    const b = betweenness(topology(graph));
    // Lula sits between Modi, Brazil and Ramaphosa's side; an end of a chain has none.
    const highest = [...b].sort((x, y) => y[1] - x[1])[0]![0];
    expect(highest).toBe('leader/Q1');
    expect(b.get('leader/Q3')).toBe(0);
    expect(b.get('leader/Q4')).toBe(0);
  });
});
