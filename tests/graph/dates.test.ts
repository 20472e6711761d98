import { describe, expect, it } from 'vitest';
import { dateToken, dayNumber, fromDayNumber, spellOf } from '../../src/graph/dates.js';

describe('dates', () => {
  it('spells a month to its last day, leap years included, and a year to 31 December', () => {
    expect(spellOf('2024-02-01', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(spellOf('2023-02-01', 'month')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(spellOf('2023-12-01', 'month')).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(spellOf('2023-01-01', 'year')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(spellOf('2023-05-17', 'inferred')).toEqual({ start: '2023-05-17', end: '2023-05-17' });
    expect(spellOf(null, 'none')).toBeUndefined();
  });

  it('writes as much of the date as the precision states', () => {
    expect([dateToken('2024-03-19', 'day'), dateToken('2024-03-01', 'month'), dateToken('2024-01-01', 'year'), dateToken(null, 'none')])
      .toEqual(['2024-03-19', '2024-03', '2024', 'undated']);
  });

  it('counts days across month and year ends', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(fromDayNumber(dayNumber('2023-12-31') + 1)).toBe('2024-01-01');
  });
});
