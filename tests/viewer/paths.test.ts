import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../viewer/src/data/graph.js';
import { topology } from '../../viewer/src/data/topology.js';
import { hopEdges, shortestPaths, visibleTopology } from '../../viewer/src/paths.js';
import { initialState, setDateRange } from '../../viewer/src/state.js';
import { computeVisibility } from '../../viewer/src/visibility.js';
import { EDGE_TYPES, NODE_TYPES, fixtureDocument } from './fixture.js';

const graph = fromDocument(fixtureDocument(), 'fixture.json');
const start = initialState(NODE_TYPES, EDGE_TYPES);

describe('paths', () => {
  it('lists every shortest path over the visible relations, whatever their direction', () => {
    const v = computeVisibility(graph, start.filters);
    const result = shortestPaths(visibleTopology(graph)(v), 'leader/Q3', 'state/ZAF', 5);
    expect(result).toMatchObject({ length: 3, count: 1, paths: [['leader/Q3', 'leader/Q1', 'leader/Q2', 'state/ZAF']] });
    // Lula and Ramaphosa are joined three times (a call and two meetings): one hop, every relation listed for it.
    expect(hopEdges(graph, 'leader/Q1', 'leader/Q2', v).sort()).toEqual(['call-1', 'meet-1', 'meet-2']);
  });

  it('counts all shortest paths and lists at most the limit', () => {
    // Erdoğan congratulates Modi and calls Ramaphosa: Modi now reaches Ramaphosa through Lula or through him.
    const doc = fixtureDocument();
    const [call] = doc.edges;
    doc.edges.push({ ...call!, id: 'congr-2', type: 'congratulation', directed: true, source: 'leader/Q4', target: 'leader/Q3' },
      { ...call!, id: 'call-2', source: 'leader/Q4', target: 'leader/Q2' });
    const g = fromDocument(doc, 'diamond.json');
    const t = topology(g);
    const both = shortestPaths(t, 'leader/Q3', 'leader/Q2', 5);
    expect(both).toMatchObject({ length: 2, count: 2 });
    expect(both.paths.map((p) => p[1]).sort()).toEqual(['leader/Q1', 'leader/Q4']);
    expect(shortestPaths(t, 'leader/Q3', 'leader/Q2', 1)).toMatchObject({ length: 2, count: 2 });
    expect(shortestPaths(t, 'leader/Q3', 'leader/Q2', 1).paths).toHaveLength(1);
  });

  it('finds no path in a date window that cuts the chain, nor to a node without relations', () => {
    const v = computeVisibility(graph, setDateRange(start, ['2024-01-01', '2024-12-31']).filters);
    expect(shortestPaths(visibleTopology(graph)(v), 'leader/Q3', 'leader/Q2', 5)).toMatchObject({ count: 0, paths: [] });
    expect(shortestPaths(topology(graph), 'leader/Q1', 'agreement/paris', 5).count).toBe(0);
  });
});
