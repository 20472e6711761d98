import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../src/extract/dates/date-expressions.js';

const dates = (text: string, published: string) =>
  findDateExpressions(text, { start: 0, end: text.length }, published).map((d) => [text.slice(d.span.start, d.span.end).replace(/[ ,]+$/, ''), d.date, d.precision]);

describe('date expressions, resolved backwards from publication', () => {
  it('takes a weekday as the last such day on or before publication', () => {
    expect(dates('They met on Monday.', '2023-09-05')).toEqual([['on Monday', '2023-09-04', 'day']]);
    expect(dates('They met on Tuesday.', '2024-03-19')).toEqual([['on Tuesday', '2024-03-19', 'day']]);
    expect(dates('They met on Friday.', '2025-01-18')).toEqual([['on Friday', '2025-01-17', 'day']]);
    expect(dates('They spoke last Thursday.', '2023-09-05')).toEqual([['last Thursday', '2023-08-31', 'day']]);
  });

  it('puts a month and day without a year in the past', () => {
    expect(dates('The deal was signed on December 8.', '2023-03-11')).toEqual([['December 8', '2022-12-08', 'day']]);
    expect(dates('It was signed in March.', '2024-01-20')).toEqual([['March', '2023-03-01', 'month']]);
  });

  it('keeps stated dates and years', () => {
    expect(dates('They first met on Oct. 11, 2024, in Ashgabat.', '2025-01-17')).toEqual([['Oct. 11, 2024', '2024-10-11', 'day']]);
    expect(dates('Relations were cut in 2016.', '2023-03-10')).toEqual([['2016', '2016-01-01', 'year']]);
  });

  it('ignores bounds of periods and dates relative to other events', () => {
    expect(dates('the first talks since his re-election in May', '2023-09-04')).toEqual([]);
    expect(dates('a day after the summit', '2022-09-16')).toEqual([]);
    expect(dates('the deal is valid for 120 days', '2022-07-22')).toEqual([]);
  });

  it('reads a run-on sentence far longer than chrono is given at once, each date whole', () => {
    const found = dates('they met on October 22, 2024 and again '.repeat(200), '2025-01-01');
    expect(found).toHaveLength(200);
    expect(new Set(found.map(([text, date, precision]) => `${text} ${date} ${precision}`))).toEqual(new Set(['October 22, 2024 2024-10-22 day']));
  });
});
