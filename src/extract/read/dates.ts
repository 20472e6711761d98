// The date grammar: finds calendar dates written in a line ("Tuesday 19 March 2024 - 22:33", "Oct 24, 2024",
// "28.12.2024", "2024-07-07T10:00:00Z", "Jan 17", "lunes, 08 de julio de 2024", "December 12/2024") with what each
// states: year or not, weekday, time of day, and whether its day and month could trade places. Which of them is the
// publication date, and which order a page writes numeric dates in, is decided in dateline.ts and date-order.ts.
import { calendar, type DateOrder } from './calendar.js';
import type { IsoDate } from './types.js';
import { months as englishMonths, weekdays as englishWeekdays } from './vocabulary.js';

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
  /**
   * A numeric date whose first two numbers could each be the day ("05/01/2021"): read day first here, the
   * documented default; dateline.ts swaps day and month when the page's evidence says month first.
   */
  readonly swappable: boolean;
  /** The order a numeric date's numbers show because one of them exceeds 12 ("25/01/2021": day first), else null. */
  readonly reveals: DateOrder | null;
}

/** English month and weekday names, then those of the other languages page furniture is written in. */
const months: ReadonlyMap<string, number> = new Map([...englishMonths, ...calendar.months]);
const weekdays: ReadonlyMap<string, number> = new Map([...englishWeekdays, ...calendar.weekdays]);

const alt = (names: Iterable<string>): string => [...names].sort((a, b) => b.length - a.length).join('|');
// Word edges that work for letters beyond ASCII (`\b` only knows [A-Za-z0-9_]).
const start = '(?<![\\p{L}\\p{N}])';
const M = `(${alt(months.keys())})\\.?`;
// A day may carry an English ordinal suffix or, as in German and the Nordic languages, a full stop.
const D = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const Y = '(\\d{4})';
// Each pattern is a plain sequence of single quantifiers, so matching is linear in the line's length.
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/g;
const numericPattern = /\b(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\b/g;
// "19 March 2024", "19th of March, 2024", "15 de diciembre de 2023", "19. März 2024", "19.Mar.2024" (full stops alone
// between the parts, as some sites print their timestamps).
const dayMonthPattern = new RegExp(`${start}${D}(?:\\s+(?:(?:of|de)\\s+)?|(?<=\\.))${M}(?![\\p{L}])(?:(?:,?\\s+|\\s+de\\s+|(?<=\\.))${Y}\\b)?`, 'giu');
const monthDayPattern = new RegExp(`${start}${M}(?![\\p{L}])\\s*${D}\\b(?!:)(?:(?:,?\\s+|/)${Y}\\b)?`, 'giu');
// "March, 07/2024": a comma after the month only when the day carries its year, or "in March, 12 people" would be a date.
const monthCommaDayPattern = new RegExp(`${start}${M}(?![\\p{L}]),\\s*(\\d{1,2})/${Y}\\b`, 'giu');
const monthYearPattern = new RegExp(`${start}${M}(?![\\p{L}]),?\\s+${Y}\\b`, 'giu');
const weekdayBefore = new RegExp(`${start}(${alt(weekdays.keys())})\\.?,?\\s*$`, 'iu');
const timePattern = /\b\d{1,2}:\d{2}\b/;
// "MONDAY", "Tuesday, Sept. 3", "Wednesday 4 September": a weekday, with its day and month perhaps, and no year.
const dayHeadingPattern = new RegExp(`^\\s*(?:${alt(englishWeekdays.keys())})\\b[,:]?(?:\\s+(?:${M}\\s*${D}|${D}\\s+${M}))?\\s*[,:.]?\\s*$`, 'iu');

/**
 * A line naming a day of the week and nothing else but its date without a year, perhaps with the item's headline
 * after a dash: a digest's or a live blog's heading for the day whose news follows.
 */
export function isDayHeading(line: string): boolean {
  // "MONDAY 22 NOV — Tokyo and Seoul compare notes": the day, then a dash and the item's own headline.
  const titled = TITLED_HEADING.exec(line);
  const day = titled && line.length <= TITLED_HEADING_LENGTH ? titled[1]! : line;
  return day.length <= DAY_HEADING_LENGTH && dayHeadingPattern.test(day);
}
/** The longest a day heading may be: "Wednesday, 30 September:" and some space. */
const DAY_HEADING_LENGTH = 40;
/** A day heading, a dash and a headline without a sentence's end. */
const TITLED_HEADING = /^(.*?)\s+[—–-]\s+[^.!?]+$/u;
/** The longest a day heading with a headline may be. */
const TITLED_HEADING_LENGTH = 120;

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

interface Raw { index: number; end: number; year: number | null; month: number; day: number | null; time: boolean; swappable: boolean; reveals?: DateOrder }

function monthOf(word: string): number {
  return months.get(word.toLowerCase()) ?? 0;
}

function plausible(r: Raw): boolean {
  if (r.month < 1 || r.month > 12) return false;
  if (r.year !== null && (r.year < 1900 || r.year > 2100)) return false;
  if (r.day === null) return true;
  return r.day >= 1 && r.day <= daysInMonth(r.year ?? 2000, r.month);
}

/** A two-digit year is this century's: "14.01.22" is 14 January 2022. */
const century = 2000;

/** A numeric date of three groups: year first, or day and month (day first, see DateMatch.swappable) then year. */
function numeric(m: RegExpMatchArray): Raw | null {
  const [a, b, c] = [m[1]!, +m[3]!, m[4]!];
  const base = { index: m.index!, end: m.index! + m[0].length, time: false };
  if (a.length === 4 && c.length <= 2) return { ...base, year: +a, month: b, day: +c, swappable: false };
  if (a.length > 2 || (c.length !== 4 && c.length !== 2)) return null;
  // A dashed two-digit year is too often a range or a score ("12-10-22") to read as a date.
  if (c.length === 2 && m[2] === '-') return null;
  const year = c.length === 4 ? +c : century + +c;
  const day = +a;
  // Day first unless that is impossible (a 13th month).
  if (day <= 12 && b > 12) return { ...base, year, month: day, day: b, swappable: false, reveals: 'month-first' };
  if (day > 12 && b <= 12) return { ...base, year, month: b, day, swappable: false, reveals: 'day-first' };
  return { ...base, year, month: b, day, swappable: day !== b };
}

function collect(s: string, monthYears: boolean): Raw[] {
  // Every pattern needs a digit: most lines of prose have none.
  if (!/\d/.test(s)) return [];
  const found: Raw[] = [];
  const named = (index: number, end: number, year: string | undefined, month: string, day: string): Raw =>
    ({ index, end, year: year ? +year : null, month: monthOf(month), day: +day, time: false, swappable: false });
  for (const m of s.matchAll(isoPattern)) {
    found.push({ index: m.index, end: m.index + m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]!, time: m[4] !== undefined, swappable: false });
  }
  for (const m of s.matchAll(numericPattern)) {
    const r = numeric(m);
    if (r) found.push(r);
  }
  for (const m of s.matchAll(dayMonthPattern)) found.push(named(m.index, m.index + m[0].length, m[3], m[2]!, m[1]!));
  for (const m of s.matchAll(monthDayPattern)) found.push(named(m.index, m.index + m[0].length, m[3], m[1]!, m[2]!));
  for (const m of s.matchAll(monthCommaDayPattern)) found.push(named(m.index, m.index + m[0].length, m[3], m[1]!, m[2]!));
  if (monthYears) {
    for (const m of s.matchAll(monthYearPattern)) {
      found.push({ index: m.index, end: m.index + m[0].length, year: +m[2]!, month: monthOf(m[1]!), day: null, time: false, swappable: false });
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
    const before = s.slice(Math.max(0, r.index - 20), r.index);
    const wd = weekdayBefore.exec(before);
    const index = wd ? r.index - (before.length - wd.index) : r.index;
    const from = i > 0 ? raws[i - 1]!.end : 0;
    const to = i + 1 < raws.length ? raws[i + 1]!.index : s.length;
    const time = r.time || timePattern.test(s.slice(r.end, to)) || timePattern.test(s.slice(from, r.index));
    return {
      index, end: r.end, year: r.year, month: r.month, day: r.day,
      weekday: wd ? weekdays.get(wd[1]!.toLowerCase()) ?? null : null,
      time, swappable: r.swappable, reveals: r.reveals ?? null,
    };
  });
}

/** The same date with day and month exchanged: the month-first reading of a swappable numeric date. */
export function swapped(d: DateMatch): DateMatch {
  return d.swappable && d.day !== null ? { ...d, day: d.month, month: d.day } : d;
}

/** The IsoDate a date string means, for dates handed over whole (a JSONL `published`, an HTML meta tag). */
export function parseDateString(s: string): IsoDate | null {
  const first = findDates(s.trim().slice(0, 100))[0];
  if (!first || first.year === null || first.day === null) return null;
  return isoDate(first.year, first.month, first.day);
}
