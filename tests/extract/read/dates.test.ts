import { describe, expect, it } from 'vitest';
import { findDates, isoDate, parseDateString, swapped, weekdayOf } from '../../../src/extract/read/dates.js';

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
    // Full stops alone between the parts, as some sites stamp their pages.
    expect(one('3.Feb.2023 at 9:15 AM')).toMatchObject({ year: 2023, month: 2, day: 3, time: true });
    expect(one('21.Sept.2022')).toMatchObject({ year: 2022, month: 9, day: 21 });
  });

  it('reads numeric dates day first unless impossible, and says when day and month could trade places', () => {
    expect(one('05.09.2023 - 11:47')).toMatchObject({ year: 2023, month: 9, day: 5, time: true, swappable: true });
    expect(one('2024-03-19T10:00:00Z')).toMatchObject({ year: 2024, month: 3, day: 19, time: true, swappable: false });
    expect(one('03/04/2024')).toMatchObject({ month: 4, day: 3, swappable: true, reveals: null });
    expect(one('25/04/2024')).toMatchObject({ month: 4, day: 25, swappable: false, reveals: 'day-first' });
    expect(one('04/25/2024')).toMatchObject({ month: 4, day: 25, swappable: false, reveals: 'month-first' });
    expect(one('07/07/2024')).toMatchObject({ month: 7, day: 7, swappable: false });
    expect(swapped(one('03/04/2024'))).toMatchObject({ month: 3, day: 4 });
  });

  it('reads two-digit years after dots and slashes, never after dashes', () => {
    expect(one('14.01.22')).toMatchObject({ year: 2022, month: 1, day: 14 });
    expect(one('Posted 3/9/24')).toMatchObject({ year: 2024, month: 9, day: 3, swappable: true });
    expect(findDates('a 12-10-22 score')).toEqual([]);
  });

  it('reads month names and weekdays of other languages, with their connecting words', () => {
    expect(one('Caracas, 15 de diciembre de 2023')).toMatchObject({ year: 2023, month: 12, day: 15 });
    expect(one('Publicerat fredag 23 februari 2024 kl 16.05')).toMatchObject({ year: 2024, month: 2, day: 23, weekday: 5 });
    expect(one('Berlin, 19. März 2024')).toMatchObject({ year: 2024, month: 3, day: 19 });
    expect(one('lunes, 08 de julio de 2024 · 18:47')).toMatchObject({ year: 2024, month: 7, day: 8, weekday: 1, time: true });
    expect(one('mardi 5 novembre 2024')).toMatchObject({ year: 2024, month: 11, day: 5, weekday: 2 });
  });

  it('reads a day and year joined by a slash after the month', () => {
    expect(one('Nairobi, December 12/2024 (Agency)')).toMatchObject({ year: 2024, month: 12, day: 12 });
    expect(one('Update: March, 07/2024 - 19:46')).toMatchObject({ year: 2024, month: 3, day: 7 });
    expect(findDates('in March, 12 people were hurt')).toEqual([]);
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
