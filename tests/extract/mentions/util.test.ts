// Span helpers shared by the mention and event stages.
import { describe, expect, it } from 'vitest';
import { cover } from '../../../src/extract/mentions/util.js';

describe('cover', () => {
  it('gives the smallest span holding all of them, in any order', () => {
    expect(cover([{ start: 40, end: 45 }, { start: 3, end: 9 }, { start: 12, end: 50 }])).toEqual({ start: 3, end: 50 });
  });

  it('covers 200,000 spans (the parties of an endless list) without overflowing the stack', () => {
    const spans = Array.from({ length: 200_000 }, (_, i) => ({ start: 10 * i + 5, end: 10 * i + 9 }));
    expect(cover(spans)).toEqual({ start: 5, end: 1_999_999 });
  });
});
