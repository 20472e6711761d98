// The halving helpers stages share: spans asked whether one of them holds another, lists read by start.
import { describe, expect, it } from 'vitest';
import { SpanIndex, firstWhere } from '../../src/extract/sorted.js';

const at = (start: number, end: number) => ({ span: { start, end } });

describe('firstWhere', () => {
  it('finds the first index where a condition starts to hold, or the length', () => {
    const xs = [1, 3, 5, 7];
    expect(firstWhere(xs.length, (i) => xs[i]! >= 5)).toBe(2);
    expect(firstWhere(xs.length, (i) => xs[i]! > 7)).toBe(4);
    expect(firstWhere(0, () => true)).toBe(0);
  });
});

describe('SpanIndex', () => {
  // Given out of order: the index sorts them by start.
  const index = new SpanIndex([at(20, 30), at(0, 10), at(5, 8), at(20, 25), at(40, 41)]);

  it('tells whether a span holds another, a longer one only when asked strictly', () => {
    expect(index.covers(6, 8)).toBe(true);
    expect(index.covers(20, 30)).toBe(true);
    expect(index.covers(20, 30, true)).toBe(false);
    expect(index.covers(20, 25, true)).toBe(true);
    expect(index.covers(9, 12)).toBe(false);
    expect(index.covers(31, 35)).toBe(false);
    // A long span early reaches past later short ones.
    expect(new SpanIndex([at(0, 100), at(10, 12)]).covers(50, 60)).toBe(true);
  });

  it('lists the spans within a range and those starting at an offset, by start', () => {
    expect(index.within(0, 26).map((s) => s.span)).toEqual([{ start: 0, end: 10 }, { start: 5, end: 8 }, { start: 20, end: 25 }]);
    expect(index.startingAt(20).map((s) => s.span.end).sort()).toEqual([25, 30]);
    expect(index.startingAt(21)).toEqual([]);
  });
});
