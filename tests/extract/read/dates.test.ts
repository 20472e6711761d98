import { describe, expect, it } from 'vitest';
import { findDates, isoDate, parseDateString, weekdayOf } from '../../../src/extract/read/dates.js';

const one = (s: string) => {
  const found = findDates(s);
  expect(found, s).toHaveLength(1);
  return found[0]!;
};

describe('findDates', () => {
  it('reads day-month-year with weekday and time', () => {
    expect(one('Tuesday 19 March 2024 - 22:33')).toMatchObject({ year: 2024, month: 3, day: 19, weekday: 2, time: true, index: 0 });
  });

  it('reads month-day-year, abbreviations with and without periods', () => {
    expect(one('Sunday, July 7, 2024 - 10:41')).toMatchObject({ year: 2024, month: 7, day: 7, weekday: 0, time: true });
    expect(one('Oct. 11, 2024')).toMatchObject({ year: 2024, month: 10, day: 11, weekday: null, time: false });
    expect(one('Sept 4')).toMatchObject({ year: null, month: 9, day: 4 });
    expect(one('12 Jul 2024')).toMatchObject({ year: 2024, month: 7, day: 12 });
  });

  it('reads numeric dates: dotted day first, ISO, and slashed month first unless impossible', () => {
    expect(one('05.09.2023 - 11:47')).toMatchObject({ year: 2023, month: 9, day: 5, time: true });
    expect(one('2024-03-19T10:00:00Z')).toMatchObject({ year: 2024, month: 3, day: 19, time: true });
    expect(one('03/04/2024')).toMatchObject({ month: 3, day: 4 });
    expect(one('25/04/2024')).toMatchObject({ month: 4, day: 25 });
  });

  it('keeps times with the date they follow on a two-date line', () => {
    const [a, b] = findDates('05.09.2023 | Last update: 06.09.2023 - 12:30');
    expect(a).toMatchObject({ day: 5, time: false });
    expect(b).toMatchObject({ day: 6, time: true });
  });

  it('does not read a month and year, or impossible days, as a date', () => {
    expect(findDates('in March 2020 and in 2016')).toEqual([]);
    expect(findDates('on 31 April 2024')).toEqual([]);
    expect(findDates('March 2020', { monthYears: true })).toEqual([expect.objectContaining({ year: 2020, month: 3, day: null })]);
  });

  it('runs in linear time on long runs of near-dates', () => {
    const hostile = `${'1 '.repeat(50_000)}${'Jan '.repeat(50_000)}${'12.'.repeat(50_000)}${'2024-'.repeat(20_000)}`;
    expect(findDates(hostile, { monthYears: true }).length).toBeGreaterThanOrEqual(0);
  });
});

describe('parseDateString', () => {
  it('reads the date part of timestamps as written, without shifting time zones', () => {
    expect(parseDateString('2024-03-19T23:30:00-05:00')).toBe('2024-03-19');
    expect(parseDateString('March 19, 2024')).toBe('2024-03-19');
    expect(parseDateString('yesterday')).toBeNull();
    expect(parseDateString('Jan 17')).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('isoDate rejects impossible days and years outside 1900–2100', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(1850, 1, 1)).toBeNull();
  });
  it('weekdayOf counts Sunday as 0', () => {
    expect(weekdayOf(2025, 1, 17)).toBe(5);
  });
});
