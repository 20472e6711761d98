import { describe, expect, it } from 'vitest';
import { fromHash, toHash, type SharedView } from '../../viewer/src/hash.js';
import { colourBy, focusEdgeType, sizeBy, focusOn, initialState, pathFrom, pathTo, select, setDateRange, setFocusDepth, setFocusHideRest, setFocusWithinDates, setHideIsolated, setMinSources, setShowUndated, showEdgeType, showNodeType } from '../../viewer/src/state.js';
import { EDGE_TYPES, NODE_TYPES } from './fixture.js';

const start = initialState(NODE_TYPES, EDGE_TYPES);
const nodes = new Set(['leader/Q1', 'leader/Q2', 'state/BRA', 'bloc/brics']);
const vocabulary = { nodeTypes: NODE_TYPES, edgeTypes: EDGE_TYPES, isNode: (n: string) => nodes.has(n) };
const shared = (s: typeof start, camera: SharedView['camera'] = null): SharedView =>
  ({ filters: s.filters, focus: s.focus, trail: s.trail, selected: s.selected, path: s.path, appearance: s.appearance, camera });

describe('view in the URL hash', () => {
  it('writes nothing for a fresh view', () => {
    expect(toHash(shared(start), vocabulary)).toBe('');
  });

  it('reads back every part of a view it wrote', () => {
    let s = showEdgeType(showNodeType(start, 'agreement', false), 'signed', false);
    s = setHideIsolated(setMinSources(setShowUndated(setDateRange(s, ['2023-01-01', '2023-06-30']), false), 2), true);
    s = setFocusDepth(focusOn(focusOn(s, 'leader/Q1'), 'state/BRA'), 3);
    s = setFocusHideRest(setFocusWithinDates(focusEdgeType(s, 'meeting', false), false), false);
    s = pathTo(pathFrom(select(s, 'leader/Q2'), 'leader/Q1'), 'bloc/brics');
    s = sizeBy(colourBy(s, 'community'), 'betweenness');
    const camera = { x: 0.4321, y: 0.61, ratio: 0.25 };
    const hash = toHash(shared(s, camera), vocabulary);
    expect(hash).toContain('focus=state/BRA');
    expect(fromHash(`#${hash}`, start, vocabulary)).toEqual(shared(s, camera));
  });

  it('leaves out what it cannot trust: unknown nodes and types, bad dates, depths and numbers, broken escapes', () => {
    const view = fromHash('#nodes=leader,spaceship&from=2024-13&to=2024-01-01&focus=leader/Q999&node=%E0%A4%A&sources=-3&camera=1,NaN,2&trail=leader/Q1', start, vocabulary);
    expect(view.filters.nodeTypes).toEqual(new Set(['leader']));
    expect(view.filters.dateRange).toBeNull();
    expect(view.filters.minSources).toBe(1);
    expect(view.focus).toBeNull();
    expect(view.trail).toEqual([]);
    expect(view.selected).toBeNull();
    expect(view.camera).toBeNull();
    expect(fromHash('#focus=leader/Q1&depth=9', start, vocabulary).focus!.depth).toBe(1);
    expect(fromHash('#path=leader/Q1,leader/Q999', start, vocabulary).path).toEqual({ from: 'leader/Q1', to: null });
  });
});
