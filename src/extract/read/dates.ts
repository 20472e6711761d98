// The date grammar: finds calendar dates written in a line ("Tuesday 19 March 2024 - 22:33", "Oct 24, 2024",
// "28.12.2024", "2024-07-07T10:00:00Z", "Jan 17") with what each states: year or not, weekday, time of day.
// Which of them is the publication date is decided in dateline.ts.
import type { IsoDate } from './types.js';
import { months, weekdays } from './vocabulary.js';

export interface DateMatch {
  /** Offset of the match in the searched string, including a weekday written before the date. */
  readonly index: number;
  /** Offset just past the date (end exclusive). */
  readonly end: number;
  readonly year: number | null;
  readonly month: number;
  /** Null for a month and year alone ("March 2020"). */
  readonly day: number | null;
  /** Weekday written with the date (Sunday = 0), or null. */
  readonly weekday: number | null;
  /** A time of day is written next to the date. */
  readonly time: boolean;
}

const alt = (names: Iterable<string>): string => [...names].sort((a, b) => b.length - a.length).join('|');
const M = `(${alt(months.keys())})\\.?`;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';
// Each pattern is a plain sequence of single quantifiers, so matching is linear in the line's length.
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/g;
const numericPattern = /\b(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\b/g;
const dayMonthPattern = new RegExp(`\\b${D}\\s+(?:of\\s+)?${M}(?![\\p{L}])(?:,?\\s+${Y}\\b)?`, 'giu');
const monthDayPattern = new RegExp(`\\b${M}(?![\\p{L}])\\s*${D}\\b(?!:)(?:,?\\s+${Y}\\b)?`, 'giu');
const monthYearPattern = new RegExp(`\\b${M}(?![\\p{L}]),?\\s+${Y}\\b`, 'giu');
const weekdayBefore = new RegExp(`\\b(${alt(weekdays.keys())})\\.?,?\\s*$`, 'i');
const timePattern = /\b\d{1,2}:\d{2}\b/;

/** "YYYY-MM-DD" when the parts make a real calendar day between 1900 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week of a calendar day (Sunday = 0). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Days since 1970-01-01 of a calendar day, for comparing and measuring distances between dates. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

interface Raw { index: number; end: number; year: number | null; month: number; day: number | null; time: boolean }

function monthOf(word: string): number {
  return months.get(word.toLowerCase()) ?? 0;
}

function plausible(r: Raw): boolean {
  if (r.month < 1 || r.month > 12) return false;
  if (r.year !== null && (r.year < 1900 || r.year > 2100)) return false;
  if (r.day === null) return true;
  return r.day >= 1 && r.day <= daysInMonth(r.year ?? 2000, r.month);
}

function collect(s: string, monthYears: boolean): Raw[] {
  const found: Raw[] = [];
  for (const m of s.matchAll(isoPattern)) {
    found.push({ index: m.index, end: m.index + m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]!, time: m[4] !== undefined });
  }
  for (const m of s.matchAll(numericPattern)) {
    const [a, sep, b, c] = [m[1]!, m[2]!, +m[3]!, m[4]!];
    let r: Raw | null = null;
    const base = { index: m.index, end: m.index + m[0].length, time: false };
    if (a.length === 4 && c.length <= 2) r = { ...base, year: +a, month: b, day: +c };
    else if (c.length === 4 && a.length <= 2) {
      // Dotted and dashed dates are day first wherever they are used; slashed ones are month first (the US
      // convention) unless that is impossible.
      const dayFirst = sep !== '/' || +a > 12;
      r = { ...base, year: +c, month: dayFirst ? b : +a, day: dayFirst ? +a : b };
    }
    if (r) found.push(r);
  }
  for (const m of s.matchAll(dayMonthPattern)) {
    found.push({ index: m.index, end: m.index + m[0].length, year: m[3] ? +m[3] : null, month: monthOf(m[2]!), day: +m[1]!, time: false });
  }
  for (const m of s.matchAll(monthDayPattern)) {
    found.push({ index: m.index, end: m.index + m[0].length, year: m[3] ? +m[3] : null, month: monthOf(m[1]!), day: +m[2]!, time: false });
  }
  if (monthYears) {
    for (const m of s.matchAll(monthYearPattern)) {
      found.push({ index: m.index, end: m.index + m[0].length, year: +m[2]!, month: monthOf(m[1]!), day: null, time: false });
    }
  }
  // Keep the earliest of overlapping matches, and the longest of those starting together.
  found.sort((x, y) => x.index - y.index || y.end - x.end);
  const kept: Raw[] = [];
  for (const r of found) {
    const last = kept[kept.length - 1];
    if (last && r.index < last.end) continue;
    if (plausible(r)) kept.push(r);
  }
  return kept;
}

/**
 * Every date written in `s`, in order. Month-and-year mentions ("March 2020") are included only when
 * `monthYears` is set: they never date an article but can bound its year.
 */
export function findDates(s: string, options: { monthYears?: boolean } = {}): DateMatch[] {
  const raws = collect(s, options.monthYears ?? false);
  return raws.map((r, i) => {
    const before = s.slice(Math.max(0, r.index - 16), r.index);
    const wd = weekdayBefore.exec(before);
    const index = wd ? r.index - (before.length - wd.index) : r.index;
    const from = i > 0 ? raws[i - 1]!.end : 0;
    const to = i + 1 < raws.length ? raws[i + 1]!.index : s.length;
    const time = r.time || timePattern.test(s.slice(r.end, to)) || timePattern.test(s.slice(from, r.index));
    return {
      index, end: r.end, year: r.year, month: r.month, day: r.day,
      weekday: wd ? weekdays.get(wd[1]!.toLowerCase()) ?? null : null,
      time,
    };
  });
}

/** The IsoDate a date string means, for dates handed over whole (a JSONL `published`, an HTML meta tag). */
export function parseDateString(s: string): IsoDate | null {
  const first = findDates(s.trim().slice(0, 100))[0];
  if (!first || first.year === null || first.day === null) return null;
  return isoDate(first.year, first.month, first.day);
}
