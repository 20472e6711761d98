import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../viewer/src/data/graph.js';
import { initialState, setDateRange, setHideIsolated, setMinSources, setShowUndated, showNodeType } from '../../viewer/src/state.js';
import { computeVisibility, visibleNeighbours } from '../../viewer/src/visibility.js';
import { EDGE_TYPES, NODE_TYPES, fixtureDocument } from './fixture.js';

const graph = fromDocument(fixtureDocument(), 'fixture.json');
const start = initialState(NODE_TYPES, EDGE_TYPES);

describe('visibility', () => {
  it('shows everything under the initial filters', () => {
    const v = computeVisibility(graph, start.filters);
    expect(v.visibleNodes).toBe(graph.order);
    expect(v.visibleEdges).toBe(graph.size);
  });

  it('hides dated edges outside the range and keeps undated ones unless asked', () => {
    const ranged = setDateRange(start, ['2023-08-21', '2024-12-31']);
    const v = computeVisibility(graph, ranged.filters);
    expect([...v.hiddenEdges].sort()).toEqual(['call-1', 'congr-1']);
    expect(v.hiddenEdges.has('lead-1')).toBe(false);
    expect(computeVisibility(graph, setShowUndated(ranged, false).filters).hiddenEdges.has('lead-1')).toBe(true);
  });

  it('hides edges with fewer sources than the minimum', () => {
    const v = computeVisibility(graph, setMinSources(start, 2).filters);
    expect(graph.size - v.hiddenEdges.size).toBe(1);
    expect(v.hiddenEdges.has('meet-1')).toBe(false);
  });

  it('hides the edges of hidden node types, and optionally the nodes left alone', () => {
    const noBlocs = showNodeType(start, 'bloc', false);
    const v = computeVisibility(graph, noBlocs.filters);
    expect(v.hiddenEdges.has('member-1')).toBe(true);
    expect(v.hiddenNodes.has('state/IND')).toBe(false);
    const tidy = computeVisibility(graph, setHideIsolated(noBlocs, true).filters);
    expect(tidy.hiddenNodes.has('state/IND')).toBe(true);
    expect(tidy.hiddenNodes.has('agreement/paris')).toBe(true);
    expect(tidy.hiddenNodes.has('state/BRA')).toBe(false);
  });

  it('finds neighbours through visible edges only', () => {
    const ranged = computeVisibility(graph, setDateRange(start, ['2024-01-01', '2024-12-31']).filters);
    expect([...visibleNeighbours(graph, 'leader/Q3', ranged)]).toEqual([]);
    expect([...visibleNeighbours(graph, 'leader/Q1', ranged)].sort()).toEqual(['leader/Q2', 'state/BRA']);
  });
});
