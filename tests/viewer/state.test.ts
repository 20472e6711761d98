import { describe, expect, it } from 'vitest';
import {
  clearFocus, createStore, focusBack, focusOn, hover, initialState, select, setDateRange, setFocusDepth, setMinSources, setQuery, showEdgeType, showNodeType,
} from '../../viewer/src/state.js';

const start = () => initialState(['leader', 'state', 'bloc', 'agreement'], ['phone_call', 'meeting', 'member_of']);

describe('view state updaters', () => {
  it('return the same object when nothing changes, so listeners can skip work', () => {
    const s = start();
    expect(hover(s, null)).toBe(s);
    expect(showNodeType(s, 'leader', true)).toBe(s);
    expect(setDateRange(s, null)).toBe(s);
    const ranged = setDateRange(s, ['2023-01-01', '2023-12-31']);
    expect(setDateRange(ranged, ['2023-01-01', '2023-12-31'])).toBe(ranged);
  });

  it('never change the state they are given', () => {
    const s = start();
    const next = showEdgeType(showNodeType(s, 'bloc', false), 'meeting', false);
    expect(s.filters.nodeTypes.has('bloc')).toBe(true);
    expect(s.filters.edgeTypes.has('meeting')).toBe(true);
    expect(next.filters.nodeTypes.has('bloc')).toBe(false);
    expect(next.filters.edgeTypes.has('meeting')).toBe(false);
    expect(next.hovered).toBe(s.hovered);
  });

  it('keep the minimum number of sources a whole number of at least one', () => {
    expect(setMinSources(start(), 0).filters.minSources).toBe(1);
    expect(setMinSources(start(), 2.7).filters.minSources).toBe(2);
  });

  it('point the keyboard at the first result when a query is typed, and at none when it is cleared', () => {
    const typed = setQuery(start(), 'mod');
    expect(typed.search).toEqual({ query: 'mod', active: 0 });
    expect(setQuery(typed, '').search.active).toBe(-1);
  });
});

describe('store', () => {
  it('tells listeners about changes only', () => {
    const store = createStore(start());
    const seen: (string | null)[] = [];
    store.subscribe((next) => seen.push(next.selected));
    store.update(select, 'leader/Q1');
    store.update(select, 'leader/Q1');
    store.update(select, null);
    expect(seen).toEqual(['leader/Q1', null]);
  });
});

describe('focus steps', () => {
  it('keep the focus before as a breadcrumb, go back to one, and never loop', () => {
    const a = focusOn(start(), 'leader/Q1');
    expect(a.selected).toBe('leader/Q1');
    const b = focusOn(setFocusDepth(a, 2), 'state/BRA');
    expect(b.trail).toEqual(['leader/Q1']);
    expect(b.focus!.depth).toBe(2);
    const c = focusOn(b, 'bloc/brics');
    expect(c.trail).toEqual(['leader/Q1', 'state/BRA']);
    expect(focusBack(c, 0).focus!.node).toBe('leader/Q1');
    expect(focusBack(c, 0).trail).toEqual([]);
    expect(focusOn(c, 'leader/Q1').trail).toEqual([]);
    expect(focusOn(c, 'bloc/brics')).toBe(c);
    expect(clearFocus(c).focus).toBeNull();
  });
});
