// The written corpora (tests/corpus/written*): articles the rules were not written against. Their scores may rise
// with better rules; they must not fall below what the rules read today.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const corpora = [
  { name: 'written', articles: 40, published: 40, edgeF1: 0.76, eventF1: 0.69, eventPrecision: 0.79 },
  { name: 'written-2', articles: 60, published: 60, edgeF1: 0.77, eventF1: 0.67, eventPrecision: 0.75 },
  { name: 'written-3', articles: 20, published: 20, edgeF1: 0.74, eventF1: 0.65, eventPrecision: 0.70 },
  { name: 'written-4', articles: 24, published: 24, edgeF1: 0.70, eventF1: 0.60, eventPrecision: 0.67 },
  { name: 'written-5', articles: 24, published: 23, edgeF1: 0.65, eventF1: 0.55, eventPrecision: 0.66 },
  { name: 'written-6', articles: 40, published: 39, edgeF1: 0.66, eventF1: 0.56, eventPrecision: 0.70 },
  { name: 'written-7', articles: 24, published: 23, edgeF1: 0.66, eventF1: 0.56, eventPrecision: 0.70 },
  { name: 'written-8', articles: 24, published: 24, edgeF1: 0.66, eventF1: 0.56, eventPrecision: 0.66 },
  { name: 'written-9', articles: 24, published: 24, edgeF1: 0.64, eventF1: 0.54, eventPrecision: 0.70 },
  { name: 'written-10', articles: 24, published: 24, edgeF1: 0.62, eventF1: 0.45, eventPrecision: 0.56 },
  { name: 'written-11', articles: 24, published: 23, edgeF1: 0.61, eventF1: 0.48, eventPrecision: 0.51 },
  { name: 'written-12', articles: 24, published: 24, edgeF1: 0.78, eventF1: 0.70, eventPrecision: 0.69 },
  { name: 'written-13', articles: 24, published: 24, edgeF1: 0.74, eventF1: 0.67, eventPrecision: 0.77 },
  { name: 'written-14', articles: 24, published: 24, edgeF1: 0.68, eventF1: 0.60, eventPrecision: 0.70 },
  { name: 'written-15', articles: 24, published: 24, edgeF1: 0.70, eventF1: 0.62, eventPrecision: 0.68 },
  { name: 'written-16', articles: 24, published: 23, edgeF1: 0.78, eventF1: 0.72, eventPrecision: 0.74 },
  { name: 'written-17', articles: 24, published: 24, edgeF1: 0.71, eventF1: 0.60, eventPrecision: 0.66 },
  { name: 'written-18', articles: 24, published: 24, edgeF1: 0.71, eventF1: 0.65, eventPrecision: 0.73 },
  { name: 'written-19', articles: 24, published: 24, edgeF1: 0.69, eventF1: 0.55, eventPrecision: 0.64 },
  { name: 'written-20', articles: 24, published: 24, edgeF1: 0.74, eventF1: 0.63, eventPrecision: 0.69 },
];

describe('the written corpora', () => {
  it.each(corpora)('$name: reads every article, dates them, and scores above the floor', async (floor) => {
    const report = await evaluate(join(import.meta.dirname, '..', 'corpus', floor.name), loadKnowledge());
    expect(report.articles).toBe(floor.articles);
    expect(report.warnings.filter((w) => w.code === 'invalid_fragment')).toEqual([]);
    expect(report.published.total).toBe(floor.articles);
    expect(report.published.correct).toBeGreaterThanOrEqual(floor.published);
    expect(report.edgeTotal.f1).toBeGreaterThan(floor.edgeF1);
    expect(report.eventTotal.f1).toBeGreaterThan(floor.eventF1);
    expect(report.eventTotal.precision).toBeGreaterThan(floor.eventPrecision);
  }, 60_000);
});
