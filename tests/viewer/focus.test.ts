import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../viewer/src/data/graph.js';
import { focusFilters, neighbourhood, restrictTo } from '../../viewer/src/focus.js';
import { createDeriver } from '../../viewer/src/derive.js';
import { focusEdgeType, focusOn, initialState, setDateRange, setFocusDepth, setFocusHideRest, setFocusWithinDates } from '../../viewer/src/state.js';
import { computeVisibility } from '../../viewer/src/visibility.js';
import { EDGE_TYPES, NODE_TYPES, fixtureDocument } from './fixture.js';

const graph = fromDocument(fixtureDocument(), 'fixture.json');
const start = initialState(NODE_TYPES, EDGE_TYPES);
const shown = (s: ReturnType<typeof focusOn>): string[] => {
  const v = createDeriver(graph)(s).visibility;
  return graph.nodes().filter((n) => !v.hiddenNodes.has(n)).sort();
};

describe('focus', () => {
  it('shows the node and its neighbours at depth 1, as far as depth 3 reaches', () => {
    const lula = focusOn(start, 'leader/Q1');
    expect(shown(lula)).toEqual(['leader/Q1', 'leader/Q2', 'leader/Q3', 'state/BRA']);
    expect(shown(setFocusDepth(lula, 2))).toEqual(['bloc/brics', 'leader/Q1', 'leader/Q2', 'leader/Q3', 'state/BRA', 'state/ZAF']);
    expect(shown(setFocusDepth(lula, 3))).toEqual(['bloc/brics', 'leader/Q1', 'leader/Q2', 'leader/Q3', 'state/BRA', 'state/IND', 'state/ZAF']);
  });

  it('gives each node its hops from the centre', () => {
    const v = computeVisibility(graph, start.filters);
    expect([...neighbourhood(graph, 'state/IND', 2, v)]).toEqual([['state/IND', 0], ['bloc/brics', 1], ['state/BRA', 2]]);
  });

  it('follows only the relation types chosen, and the date window unless told to take all dates', () => {
    const lula = focusOn(start, 'leader/Q1');
    const meetingsOnly = EDGE_TYPES.filter((t) => t !== 'meeting').reduce((s, t) => focusEdgeType(s, t, false), lula);
    expect(meetingsOnly.focus!.edgeTypes).toEqual(new Set(['meeting']));
    expect(shown(meetingsOnly)).toEqual(['leader/Q1', 'leader/Q2']);
    // Ticking every type again is "all types" once more.
    expect(focusEdgeType(focusEdgeType(lula, 'meeting', false), 'meeting', true).focus!.edgeTypes).toBeNull();

    const windowed = setDateRange(lula, ['2024-01-01', '2024-12-31']);
    expect(shown(windowed)).toEqual(['leader/Q1', 'leader/Q2', 'state/BRA']);
    expect(shown(setFocusWithinDates(windowed, false))).toEqual(['leader/Q1', 'leader/Q2', 'leader/Q3', 'state/BRA']);
    expect(focusFilters(windowed.filters, setFocusWithinDates(windowed, false).focus!).dateRange).toBeNull();
  });

  it('fades the rest instead of hiding it when asked', () => {
    const faded = setFocusHideRest(focusOn(start, 'leader/Q3'), false);
    const d = createDeriver(graph)(faded);
    expect(d.visibility.visibleNodes).toBe(graph.order);
    expect([...d.ego!.keys()].sort()).toEqual(['leader/Q1', 'leader/Q3']);
  });

  it('hides edges that leave the neighbourhood', () => {
    const v = computeVisibility(graph, start.filters);
    const kept = restrictTo(graph, v, neighbourhood(graph, 'leader/Q3', 1, v));
    expect(graph.edges().filter((e) => !kept.hiddenEdges.has(e))).toEqual(['congr-1']);
  });

  it('keeps a centre the filters hide out of sight, with no neighbourhood', () => {
    const v = computeVisibility(graph, { ...start.filters, nodeTypes: new Set(['state']) });
    expect(neighbourhood(graph, 'leader/Q1', 2, v).size).toBe(0);
  });
});
