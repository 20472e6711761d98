// Decides an article's publication date from the dates written in dateline position: header date lines, the wire
// dateline opening the first paragraph, or a labelled "Published:" line in the trailer. Dates in the body are never
// taken; at most they help give a year to a dateline that has none.
//
// Ranking, strongest first (ties go to the later line, because a crawl stamp sits above the page's own date):
//   1. a date labelled as published ("Published: 2024-07-07");
//   2. an unlabelled header date, the more specific the better: weekday and time > date and time > weekday and
//      date > the wire dateline > a bare date;
//   3. a "Published" date in the trailing boilerplate;
//   4. a date labelled as updated.
// Accessed/retrieved dates never date the article, nor does a scrape stamp: a bare date line at the very top directly
// followed by another, not earlier, date line. Both still serve as references for the year below.
//
// A dateline with a month and day but no year ("MOSCOW, Jan 17 (Agency) -") gets its year from, in order:
//   a. another header date with a year (a crawl stamp, an update line): the latest such day not after it
//      (a week's grace for time zones and late stamps);
//   b. options.referenceDate, read the same way;
//   c. a full date in the file name or URL (".../2023-03-10-talks.txt"): the nearest such day, since such names
//      carry the event's or the publication's day;
//   d. the body (basis `text`): the first such day on or after the latest dated mention in the body ("in
//      September 2023", "on June 19, 2024") that falls on the weekday the first paragraph names ("on Friday").
// Without any of these the article gets no date and a `no_date` warning, rather than a guessed year.
import type { IsoDate, PublishedBasis } from './types.js';
import { dayNumber, findDates, isoDate, weekdayOf, type DateMatch } from './dates.js';
import { dateLineDates, type Header, type LabelledDate } from './header.js';
import type { Line } from './lines.js';
import { fullWeekdays } from './vocabulary.js';

export interface PublishedInput {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly header: Header;
  /** Index of the first line of trailing boilerplate (the number of lines when there is none). */
  readonly trailerLine: number;
  readonly body: { readonly start: number; readonly end: number };
  readonly file?: string;
  readonly url?: string;
  readonly referenceDate?: IsoDate;
}

export interface Published {
  readonly date: IsoDate | null;
  readonly basis: Extract<PublishedBasis, 'dateline' | 'text' | 'none'>;
  /** Why there is no date, as one line for a `no_date` warning. */
  readonly problem?: string;
}

interface Candidate {
  readonly date: DateMatch;
  readonly rank: number;
  /** Position in the article, to break ties in favour of the later date. */
  readonly order: number;
  readonly written: string;
}

type Ymd = { readonly y: number; readonly m: number; readonly d: number };

/** Days a yearless dateline may fall after the reference that gives it a year (time zones, late stamps). */
const graceDays = 7;
/** How many years after the body's latest dated mention a weekday-matched dateline may be placed. */
const maxYearsAfterMention = 11;

function specificity(d: DateMatch): number {
  return (d.time ? 2 : 0) + (d.weekday !== null ? 1 : 0);
}

function rankOf(d: LabelledDate): number | null {
  switch (d.label) {
    case 'published': return 30 + specificity(d);
    case 'updated': return 5 + specificity(d) / 10;
    case 'accessed': return null;
    default: return 10 + specificity(d);
  }
}

/** A bare date ranks 10, a wire dateline just above it, a date with a weekday at 11 and with a time at 12 or more. */
const wireRank = 10.5;
const trailerPublishedRank = 6;

/**
 * True when the first header line is a scrape stamp: a bare date line directly followed by another date line that
 * is not an update, and not earlier than it (a page is crawled after it is published).
 */
function isScrapeStamp(header: Header): boolean {
  const [top, next] = header.lines;
  if (top?.kind !== 'date' || next?.kind !== 'date' || top.dates.length !== 1) return false;
  const a = top.dates[0]!;
  const b = next.dates.find((d) => d.label === null || d.label === 'published');
  if (a.label !== null || !b || a.year === null || a.day === null || b.year === null || b.day === null) return false;
  return dayNumber(a.year, a.month, a.day) >= dayNumber(b.year, b.month, b.day);
}

function candidates(input: PublishedInput): { ranked: Candidate[]; references: Ymd[] } {
  const ranked: Candidate[] = [];
  const withYear: { ymd: Ymd; rank: number }[] = [];
  const add = (d: DateMatch, rank: number | null, order: number, written: string, referenceRank: number): void => {
    if (d.day !== null && d.year !== null) withYear.push({ ymd: { y: d.year, m: d.month, d: d.day }, rank: referenceRank });
    if (rank !== null && d.day !== null) ranked.push({ date: d, rank, order, written });
  };
  const stamp = isScrapeStamp(input.header) ? input.header.lines[0] : undefined;
  for (const h of input.header.lines) {
    h.dates.forEach((d, k) => {
      const rank = h === stamp ? null : rankOf(d);
      add(d, rank, h.index * 100 + k, h.line.text.slice(d.index, d.end), rank ?? 0);
    });
  }
  const wire = input.header.wire;
  if (wire?.date) add(wire.date, wireRank, wire.index * 100, wire.text, wireRank);
  for (let i = input.trailerLine; i < input.lines.length; i++) {
    const line = input.lines[i]!;
    for (const d of dateLineDates(line.text) ?? []) {
      if (d.label === 'published') add(d, trailerPublishedRank, i * 100, line.text.slice(d.index, d.end), trailerPublishedRank);
    }
  }
  ranked.sort((a, b) => b.rank - a.rank || b.order - a.order);
  withYear.sort((a, b) => b.rank - a.rank);
  return { ranked, references: withYear.map((r) => r.ymd) };
}

function fromIso(iso: IsoDate): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && isoDate(+m[1]!, +m[2]!, +m[3]!) ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

const num = (x: Ymd): number => dayNumber(x.y, x.m, x.d);

/** The latest year putting month/day on or before `ref` (plus grace). */
function yearNotAfter(m: number, d: number, ref: Ymd): number | null {
  for (const y of [ref.y + 1, ref.y, ref.y - 1]) {
    if (isoDate(y, m, d) && dayNumber(y, m, d) <= num(ref) + graceDays) return y;
  }
  return null;
}

/** The year putting month/day nearest to `ref`. */
function yearNearest(m: number, d: number, ref: Ymd): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isoDate(y, m, d)) continue;
    const gap = Math.abs(dayNumber(y, m, d) - num(ref));
    if (gap < bestGap) { best = y; bestGap = gap; }
  }
  return best;
}

// A day in a path: 2023-03-10, 2023_03_10, 2023/03/10, 20230310, each kept whole by the digit guards.
const pathDate = /(?<!\d)((?:19|20)\d{2})[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?!\d)/g;

/** Full dates written in the file name, then the folders, then the URL; the last one of each first. */
export function pathDates(file: string | undefined, url: string | undefined): Ymd[] {
  const found: Ymd[] = [];
  const scan = (s: string): void => {
    const here: Ymd[] = [];
    for (const m of s.matchAll(pathDate)) {
      if (isoDate(+m[1]!, +m[2]!, +m[3]!)) here.push({ y: +m[1]!, m: +m[2]!, d: +m[3]! });
    }
    found.push(...here.reverse());
  };
  if (file !== undefined) {
    const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    scan(file.slice(cut + 1));
    scan(file.slice(0, cut + 1));
  }
  if (url !== undefined) scan(url);
  return found;
}

/** The weekday the first paragraph names ("signed ... on Friday"), or null. */
function ledeWeekday(input: PublishedInput): number | null {
  const first = input.lines[input.header.bodyLine];
  if (!first) return null;
  const lede = input.text.slice(input.body.start, Math.min(first.end, input.body.end));
  for (const m of lede.matchAll(/\p{L}+/gu)) {
    const wd = fullWeekdays.get(m[0].toLowerCase());
    if (wd !== undefined) return wd;
  }
  return null;
}

/** Step d: the year from the body's dated mentions and the lede's weekday, or null. */
function yearFromBody(m: number, d: number, input: PublishedInput): number | null {
  const weekday = ledeWeekday(input);
  if (weekday === null) return null;
  let latest: Ymd | null = null;
  for (const x of findDates(input.text.slice(input.body.start, input.body.end), { monthYears: true })) {
    if (x.year === null) continue;
    const ymd = { y: x.year, m: x.month, d: x.day ?? 1 };
    if (!latest || num(ymd) > num(latest)) latest = ymd;
  }
  if (!latest) return null;
  for (let y = latest.y; y <= latest.y + maxYearsAfterMention; y++) {
    if (isoDate(y, m, d) && dayNumber(y, m, d) >= num(latest) && weekdayOf(y, m, d) === weekday) return y;
  }
  return null;
}

function complete(d: DateMatch, refs: Ymd[], input: PublishedInput): { date: IsoDate; basis: 'dateline' | 'text' } | null {
  if (d.day === null) return null;
  const day = d.day;
  const at = (y: number | null, basis: 'dateline' | 'text'): { date: IsoDate; basis: 'dateline' | 'text' } | null => {
    const iso = y === null ? null : isoDate(y, d.month, day);
    return iso ? { date: iso, basis } : null;
  };
  if (d.year !== null) return at(d.year, 'dateline');
  for (const ref of refs) {
    const y = yearNotAfter(d.month, day, ref);
    if (y !== null) return at(y, 'dateline');
  }
  const reference = input.referenceDate !== undefined ? fromIso(input.referenceDate) : null;
  if (reference) {
    const y = yearNotAfter(d.month, day, reference);
    if (y !== null) return at(y, 'dateline');
  }
  for (const ref of pathDates(input.file, input.url)) {
    const y = yearNearest(d.month, day, ref);
    if (y !== null) return at(y, 'dateline');
  }
  return at(yearFromBody(d.month, day, input), 'text');
}

/** The publication date found in dateline position, or why there is none. */
export function findPublished(input: PublishedInput): Published {
  const { ranked, references } = candidates(input);
  for (const c of ranked) {
    const done = complete(c.date, references, input);
    if (done) return done;
  }
  const first = ranked[0];
  if (first) {
    return {
      date: null,
      basis: 'none',
      problem: `dateline "${first.written.trim()}" gives no year and nothing else fixes one; published left empty (pass --published)`,
    };
  }
  return { date: null, basis: 'none', problem: 'no publication date found in the header or dateline; dated edges will have no date (pass --published)' };
}
