// The reconciliation link rules and the dateReported attribute that carries each article's report.
import { describe, expect, it } from 'vitest';
import type { Edge } from '../../src/document/types.gen.js';
import { defaultMergeOptions } from '../../src/graph/defaults.js';
import { encodeReports, linked, reportsOf, type ReportClass } from '../../src/graph/reports.js';

const report = (date: string | null, precision: ReportClass['precision'], ...articles: string[]): ReportClass =>
  ({ date, precision, basis: undefined, articles: new Set(articles) });

describe('linked', () => {
  const cases: [string, ReportClass, ReportClass, boolean, boolean][] = [
    ['same day, any articles', report('2024-05-10', 'day', 'x'), report('2024-05-10', 'day', 'x'), false, true],
    ['same day, stated and publication', report('2024-05-10', 'day', 'x'), report('2024-05-10', 'inferred', 'y'), false, true],
    ['one day apart, different articles', report('2024-05-10', 'day', 'x'), report('2024-05-11', 'day', 'y'), false, true],
    ['one day apart, the same article', report('2024-05-10', 'day', 'x'), report('2024-05-11', 'day', 'x'), false, false],
    ['across a month end', report('2024-02-29', 'day', 'x'), report('2024-03-01', 'day', 'y'), false, true],
    ['two days apart', report('2024-05-10', 'day', 'x'), report('2024-05-12', 'day', 'y'), false, false],
    ['publication three days after a stated day', report('2024-05-13', 'inferred', 'x'), report('2024-05-10', 'day', 'y'), false, true],
    ['publication four days after', report('2024-05-14', 'inferred', 'x'), report('2024-05-10', 'day', 'y'), false, false],
    ['publication two days before a stated day', report('2024-05-08', 'inferred', 'x'), report('2024-05-10', 'day', 'y'), false, false],
    ['a month and a day in it', report('2024-05-01', 'month', 'x'), report('2024-05-01', 'day', 'y'), false, false],
    ['the same month twice', report('2024-05-01', 'month', 'x'), report('2024-05-01', 'month', 'y'), false, true],
    ['undated and dated, an event', report(null, 'none', 'x'), report('2024-05-10', 'day', 'y'), false, false],
    ['undated and dated, a standing relation', report(null, 'none', 'x'), report('2024-05-10', 'day', 'y'), true, true],
  ];
  it.each(cases)('%s', (_, a, b, standing, expected) => {
    expect(linked(a, b, standing, defaultMergeOptions)).toBe(expected);
    expect(linked(b, a, standing, defaultMergeOptions)).toBe(expected);
  });
});

describe('dateReported', () => {
  const edge = (attributes: Edge['attributes'], articles: string[]): Edge => ({
    id: 'meeting|leader/Q1|leader/Q2|2024-05-09', type: 'meeting', source: 'leader/Q1', target: 'leader/Q2', directed: false,
    date: '2024-05-09', datePrecision: 'day', attributes, sources: articles.length,
    provenance: articles.map((article, i) => ({ article, sentence: 0, start: i, end: i + 1, quote: 'x' })) as Edge['provenance'],
  });

  it('round-trips article ids holding its separators', () => {
    const classes = [
      { date: '2024-05-09', precision: 'day' as const, basis: 'stated', articles: new Set(['a; b', 'c, d']) },
      { date: '2024-05-10', precision: 'inferred' as const, basis: 'publication', articles: new Set(['50%']) },
    ];
    const text = encodeReports(classes);
    expect(text).toBe('2024-05-09 day stated: a%3B b, c%2C d; 2024-05-10 inferred publication: 50%25');
    const back = reportsOf(edge({ dateReported: text }, ['a; b', 'c, d', '50%']));
    expect(back.map((c) => [c.date, c.precision, c.basis, [...c.articles].sort()])).toEqual([
      ['2024-05-09', 'day', 'stated', ['a; b', 'c, d']],
      ['2024-05-10', 'inferred', 'publication', ['50%']],
    ]);
  });

  it('without the attribute, or with a damaged one, gives every article the edge\'s own date', () => {
    for (const attributes of [{ dateBasis: 'relative' }, { dateBasis: 'relative', dateReported: 'not a list' }]) {
      expect(reportsOf(edge(attributes, ['x', 'y'])).map((c) => [c.date, c.basis, [...c.articles]])).toEqual([['2024-05-09', 'relative', ['x', 'y']]]);
    }
  });
});
