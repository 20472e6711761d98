import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, maybeYearOnly, overlaps, phoenixDate, wikidataDate } from '../../../src/knowledge/import/dates.js';

describe('phoenixDate', () => {
  it('reads two-digit years as 19xx or 20xx', () => {
    expect(phoenixDate('780101')).toBe('1978-01-01');
    expect(phoenixDate('000101')).toBe('2000-01-01');
    expect(phoenixDate('140607')).toBe('2014-06-07');
    expect(phoenixDate('991231')).toBe('1999-12-31');
  });

  it('reads eight-digit years', () => {
    expect(phoenixDate('20121115')).toBe('2012-11-15');
    expect(phoenixDate('19110101')).toBe('1911-01-01');
  });

  it('rejects typos that are not calendar days', () => {
    expect(phoenixDate('9008223')).toBeNull();
    expect(phoenixDate('201005011')).toBeNull();
    expect(phoenixDate('130231')).toBeNull();
  });
});

describe('wikidataDate', () => {
  it('takes the day of a Wikidata timestamp', () => {
    expect(wikidataDate('2024-05-19T00:00:00Z')).toBe('2024-05-19');
  });

  it('treats empty cells and "unknown value" blank nodes as unknown', () => {
    expect(wikidataDate('')).toBeNull();
    expect(wikidataDate('http://www.wikidata.org/.well-known/genid/703f0681a16cec92e12644493d9bbeb1')).toBeNull();
  });
});

describe('date helpers', () => {
  it('validates calendar days, counts days and tests overlap with open ends', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(maybeYearOnly('2019-01-01')).toBe(true);
    expect(daysBetween('2024-05-19', '2024-07-28')).toBe(70);
    expect(overlaps('2012-05-07', null, '2024-03-19', '2024-03-19')).toBe(true);
    expect(overlaps('1999-08-09', '2000-05-07', '2001-01-01', null)).toBe(false);
  });
});
