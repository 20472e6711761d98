// The written corpus (tests/corpus/written): articles the rules were not written against. The score may rise with
// better rules; it must not fall below what they read today.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const corpus = join(import.meta.dirname, '..', 'corpus', 'written');

describe('the written corpus', () => {
  it('reads every article with its date, and scores above the floor', async () => {
    const report = await evaluate(corpus, loadKnowledge());
    expect(report.articles).toBe(40);
    expect(report.published).toEqual({ correct: 40, total: 40 });
    expect(report.edgeTotal.f1).toBeGreaterThan(0.74);
    expect(report.eventTotal.f1).toBeGreaterThan(0.66);
    expect(report.eventTotal.precision).toBeGreaterThan(0.75);
  }, 60_000);
});
