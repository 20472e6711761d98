// Decides an article's publication date from its page furniture: the header's date lines, date lines and bylines
// just below the headline or standfirst (the lead-in), the wire dateline opening the first paragraph, and date lines
// at the foot of the page. Only when none of these dates the article are dates in the body used.
//
// Ranking, strongest first (ties go to a date with its year, then to the later line, because a crawl stamp sits above
// the page's own date):
//   1. a date labelled as published ("Published: 2024-07-07", "Issued on: 10/03/2023") in the header or lead-in;
//   2. an unlabelled header or lead-in date, the more specific the better: weekday and time > date and time >
//      weekday and date > the wire dateline > a bare date;
//   3. a date line at the foot of the page ("Tuesday 22 December 2020 - 18:40", "Published: 7 July 2024");
//   4. a date labelled as updated.
// Accessed/retrieved dates never date the article, nor does a scrape stamp: a bare date line at the very top directly
// followed by another, not earlier, date line. Both still serve as references for the year below.
//
// A numeric date that reads either way ("05/01/2021") is read day first or month first as date-order.ts decides.
//
// A date with a month and day but no year ("MOSCOW, Jan 17 (Agency) -") gets its year from, in order:
//   a. another furniture date with a year (a crawl stamp, an update line): the latest such day not after it
//      (a week's grace for time zones and late stamps);
//   b. options.referenceDate, read the same way;
//   c. a full date in the file name or URL (".../2023-03-10-talks.txt"): the nearest such day, since such names
//      carry the event's or the publication's day;
//   d. a year standing alone in the header or at the foot ("CMC/ir/2023", "© Gulf Wire 2021"), when the
//      weekday written with the date, if any, falls in it;
//   e. the body (basis `text`): the year of a mention of the same day ("on 12 February 2024"), else the first such
//      day on or after the latest dated mention the body does not put in the future ("in September 2023", "on June
//      19, 2024") that falls on the weekday the first paragraph names ("on Friday"), if it names one.
// Without furniture dates, the body dates the article (basis `text`): its latest stated day, with its year read as
// above, moved on to the day the text calls today ("tomorrow, Wednesday" is written on a Tuesday), when that falls
// in the week after a full date in the file name or URL; the file name's date (basis `meta`) otherwise.
// Without any of these the article gets no date and a `no_date` warning, rather than a guessed year.
import type { IsoDate, PublishedBasis } from './types.js';
import { DateOrderJudge, firstWeekday } from './date-order.js';
import { dayNumber, findDates, isoDate, weekdayOf, type DateMatch } from './dates.js';
import { dateLineDates, endsSentence, isProse, type Header, type LabelledDate } from './header.js';
import { speaksOfFuture } from './lexicon.js';
import { isBlank, type Line } from './lines.js';
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
  readonly basis: Extract<PublishedBasis, 'dateline' | 'meta' | 'text' | 'none'>;
  /** Which furniture or text the date was read from, and why it was read that way, for `diplograph explain`. */
  readonly reason?: string;
  /** Why there is no date, as one line for a `no_date` warning. */
  readonly problem?: string;
}

type Where = 'header' | 'lead-in' | 'wire dateline' | 'foot';

interface Candidate {
  readonly date: DateMatch;
  readonly rank: number;
  /** Position in the article, to break ties in favour of the later date. */
  readonly order: number;
  readonly written: string;
  readonly where: Where;
}

type Ymd = { readonly y: number; readonly m: number; readonly d: number };

/** Days a yearless dateline may fall after the reference that gives it a year (time zones, late stamps). */
const graceDays = 7;
/** How many years after the body's latest dated mention a weekday-matched dateline may be placed. */
const maxYearsAfterMention = 11;
/** The lead-in ends at the second paragraph of prose below the header, or after this many non-blank lines. */
const maxLeadInLines = 12;
/** The foot is at most this many non-blank lines after the last paragraph of prose. */
const maxFootLines = 10;

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
const footRank = 6;
const yearlessLeadInRank = 9;

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

/** Non-blank lines below the body's first line, up to its second paragraph of prose: bylines and date lines under a standfirst. */
function leadInLines(input: PublishedInput): { line: Line; index: number }[] {
  const out: { line: Line; index: number }[] = [];
  let prose = isProse(input.lines[input.header.bodyLine]?.text ?? '') ? 1 : 0;
  for (let i = input.header.bodyLine + 1; i < input.lines.length && out.length < maxLeadInLines; i++) {
    const line = input.lines[i]!;
    if (isBlank(line)) continue;
    if (isProse(line.text) && ++prose >= 2) break;
    out.push({ line, index: i });
  }
  return out;
}

/** Lines after the last paragraph of prose, and the trailer: where a page prints its date at the foot. */
function footLines(input: PublishedInput): { line: Line; index: number }[] {
  const out: { line: Line; index: number }[] = [];
  for (let i = input.lines.length - 1; i > input.header.bodyLine && out.length < maxFootLines; i--) {
    const line = input.lines[i]!;
    if (isBlank(line)) continue;
    if (i < input.trailerLine && (isProse(line.text) || endsSentence(line.text))) break;
    out.push({ line, index: i });
  }
  return out.reverse();
}

interface Furniture {
  readonly ranked: Candidate[];
  readonly references: Ymd[];
  /** Years written alone in the header or at the foot ("© 2023", "Juche 112 (2023)"), latest first. */
  readonly years: number[];
  /** The text of every line that carries a furniture date, for time zones. */
  readonly dateLines: string[];
  /** Places written on date lines and in the dateline. */
  readonly places: string[];
}

const bareYear = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

function furniture(input: PublishedInput): Furniture {
  const ranked: Candidate[] = [];
  const withYear: { ymd: Ymd; rank: number }[] = [];
  const dateLines: string[] = [];
  const places: string[] = [];
  const years = new Set<number>();
  const add = (d: DateMatch, rank: number | null, order: number, written: string, referenceRank: number, where: Where): void => {
    if (d.day !== null && d.year !== null) withYear.push({ ymd: { y: d.year, m: d.month, d: d.day }, rank: referenceRank });
    if (rank !== null && d.day !== null) ranked.push({ date: d, rank, order, written, where });
  };
  const addLine = (text: string, index: number, where: Where, ranking: (d: LabelledDate) => number | null): void => {
    const dates = dateLineDates(text);
    if (!dates) {
      if (where === 'foot' || where === 'header') for (const m of text.matchAll(bareYear)) years.add(+m[1]!);
      return;
    }
    dateLines.push(text);
    places.push(...linePlaces(text, dates[0]!));
    dates.forEach((d, k) => {
      const rank = ranking(d);
      add(d, rank, index * 100 + k, text.slice(d.index, d.end), rank ?? 0, where);
    });
  };

  const stamp = isScrapeStamp(input.header) ? input.header.lines[0] : undefined;
  for (const h of input.header.lines) addLine(h.line.text, h.index, 'header', (d) => (h === stamp ? null : rankOf(d)));
  const wire = input.header.wire;
  if (wire) {
    places.push(...wire.places);
    dateLines.push(wire.text);
    if (wire.date) add(wire.date, wireRank, wire.index * 100, wire.text, wireRank, 'wire dateline');
  }
  // A yearless day heading among the first lines ("Monday, 8 July" over a week's items) ranks below a header's full
  // date ("12 July 2024"): it heads an item, the header dates the page.
  const leadInRank = (d: LabelledDate): number | null => { const r = rankOf(d); return r !== null && d.year === null ? Math.min(r, yearlessLeadInRank) : r; };
  for (const { line, index } of leadInLines(input)) addLine(line.text, index, 'lead-in', leadInRank);
  for (const { line, index } of footLines(input)) {
    addLine(line.text, index, 'foot', (d) => (d.label === null || d.label === 'published' ? footRank : null));
  }
  // At one rank, a date with its year beats one without ("Saturday 27 November 2021" over a digest's "TUESDAY 23 NOV"
  // heading), then the later line.
  ranked.sort((a, b) => b.rank - a.rank || Number(b.date.year !== null) - Number(a.date.year !== null) || b.order - a.order);
  withYear.sort((a, b) => b.rank - a.rank);
  return { ranked, references: withYear.map((r) => r.ymd), years: [...years].sort((a, b) => b - a), dateLines, places };
}

/** The place fields before a date line's first date ("ANKARA | ", "Caracas, ", "By Awa Ndiaye, Dakar | "). */
function linePlaces(text: string, first: DateMatch): string[] {
  return text.slice(0, first.index).split(/[|•·,]/u).map((p) => p.trim()).filter((p) => p !== '' && !/\d/.test(p));
}

function fromIso(iso: IsoDate): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && isoDate(+m[1]!, +m[2]!, +m[3]!) ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

const num = (x: Ymd): number => dayNumber(x.y, x.m, x.d);
const iso = (x: Ymd): IsoDate => isoDate(x.y, x.m, x.d)!;
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

/** The text of the first paragraph of the body. */
function ledeText(input: PublishedInput): string {
  const first = input.lines[input.header.bodyLine];
  return first ? input.text.slice(input.body.start, Math.min(first.end, input.body.end)) : '';
}

/**
 * Step e: the year from the body. A mention of the same day with its year settles it; otherwise the date is the
 * first such day on or after the body's latest dated mention that the text does not put in the future (news reports
 * what has happened), on the weekday the lede names when it names one.
 */
function yearFromBody(m: number, d: number, input: PublishedInput): number | null {
  // Many yearless days in one body ask the same few questions: each is answered once.
  const answers = yearAnswers.get(input) ?? new Map<number, number | null>();
  yearAnswers.set(input, answers);
  const key = m * 32 + d;
  if (!answers.has(key)) answers.set(key, readYearFromBody(m, d, input));
  return answers.get(key)!;
}

const yearAnswers = new WeakMap<PublishedInput, Map<number, number | null>>();

/** The latest year the text after the header gives the day `m`/`d` in, outside what it puts in the future. */
function sameDayInBody(m: number, d: number, input: PublishedInput): number | null {
  const body = input.text.slice(input.body.start);
  let year: number | null = null;
  for (const x of findDates(body)) {
    if (x.year === null || x.month !== m || x.day !== d || speaksOfFuture(sentenceBefore(body, x.index))) continue;
    if (year === null || x.year > year) year = x.year;
  }
  return year;
}

function readYearFromBody(m: number, d: number, input: PublishedInput): number | null {
  const body = input.text.slice(input.body.start, input.body.end);
  let latest: Ymd | null = null;
  for (const x of findDates(body, { monthYears: true })) {
    if (x.year === null) continue;
    if (x.month === m && x.day === d) return x.year;
    if (speaksOfFuture(sentenceBefore(body, x.index))) continue;
    const ymd = { y: x.year, m: x.month, d: x.day ?? 1 };
    if (!latest || num(ymd) > num(latest)) latest = ymd;
  }
  if (!latest) return null;
  const weekday = firstWeekday(ledeText(input));
  const span = weekday === null ? 1 : maxYearsAfterMention;
  for (let y = latest.y; y <= latest.y + span; y++) {
    if (isoDate(y, m, d) && dayNumber(y, m, d) >= num(latest) && (weekday === null || weekdayOf(y, m, d) === weekday)) return y;
  }
  return null;
}

interface Completed { readonly ymd: Ymd; readonly basis: 'dateline' | 'text'; readonly why: string | null }

/** The date with a year: its own, or one found by steps a-e. */
function complete(d: DateMatch, f: Furniture, input: PublishedInput): Completed | null {
  if (d.day === null) return null;
  const day = d.day;
  const at = (y: number | null, basis: 'dateline' | 'text', why: string | null): Completed | null =>
    (y !== null && isoDate(y, d.month, day) ? { ymd: { y, m: d.month, d: day }, basis, why } : null);
  if (d.year !== null) return at(d.year, 'dateline', null);
  for (const ref of f.references) {
    const y = yearNotAfter(d.month, day, ref);
    // "July 12 (Wire)" over a factbox whose last item is "July 12, 2024 - ...": the body telling the same day in a
    // later year than the page's reference is the story's own day (news follows what it reports).
    const told = y === null ? null : sameDayInBody(d.month, day, input);
    if (told !== null && y !== null && told > y) return at(told, 'dateline', `the year of the same day told in the body`);
    if (y !== null) return at(y, 'dateline', `the year of ${iso(ref)} on the page`);
  }
  const reference = input.referenceDate !== undefined ? fromIso(input.referenceDate) : null;
  if (reference) {
    const y = yearNotAfter(d.month, day, reference);
    if (y !== null) return at(y, 'dateline', `the reference date ${input.referenceDate}`);
  }
  for (const ref of pathDates(input.file, input.url)) {
    const y = yearNearest(d.month, day, ref);
    if (y !== null) return at(y, 'dateline', `the date ${iso(ref)} in the file name or URL`);
  }
  for (const y of f.years) {
    if (isoDate(y, d.month, day) && (d.weekday === null || weekdayOf(y, d.month, day) === d.weekday)) {
      return at(y, 'dateline', `the year ${y} written in the page's furniture`);
    }
  }
  return at(yearFromBody(d.month, day, input), 'text', 'the body\'s dated mentions');
}

/** The weekday the body calls today: "tomorrow, Wednesday" is written on a Tuesday, "yesterday (Monday)" on a Tuesday. */
function todayWeekday(body: string): number | null {
  const cue = /\b(today|tomorrow|yesterday)\s*[,(]?\s*(\p{L}+)/giu;
  for (const m of body.matchAll(cue)) {
    const wd = fullWeekdays.get(m[2]!.toLowerCase());
    if (wd === undefined) continue;
    const shift = { today: 0, tomorrow: -1, yesterday: 1 }[m[1]!.toLowerCase() as 'today' | 'tomorrow' | 'yesterday'];
    return (wd + shift + 7) % 7;
  }
  return null;
}

/** How many days from a date in the file name the body's own day may stand and still date the article. */
const PATH_DAYS = 7;

/** Days a today-cue may move the body's latest stated day forward. */
const maxDaysToToday = 6;

/**
 * A yearless date in the body takes the year of the latest dated mention before it ("took office on 1 January
 * 2023 ... On Monday 23 January"), or the year after; with a weekday written, the most recently mentioned such year
 * that puts it on that weekday.
 */
function yearInText(d: DateMatch, years: readonly number[]): Ymd | null {
  if (d.day === null) return null;
  for (const year of d.weekday === null ? years.slice(0, 1) : years) {
    for (const y of [year, year + 1]) {
      if (isoDate(y, d.month, d.day) && (d.weekday === null || weekdayOf(y, d.month, d.day) === d.weekday)) return { y, m: d.month, d: d.day };
    }
  }
  return null;
}

/** How far back a sentence's start is looked for: a cue of the future stands near its date, and a bound keeps run-on text linear. */
const SENTENCE_REACH = 400;

/** The sentence's text before `at`: from the last sentence end before it, at most `SENTENCE_REACH` characters back. */
function sentenceBefore(text: string, at: number): string {
  const start = Math.max(0, at - SENTENCE_REACH);
  const window = text.slice(start, at);
  const from = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return window.slice(from + 1);
}

/**
 * The body's own date: its latest stated day that the text does not put in the future ("is due to meet on Monday,
 * April 15"), moved on to the day it calls today. Yearless days take their year from the text before them, else
 * as datelines do.
 */
function fromBody(f: Furniture, input: PublishedInput, judge: DateOrderJudge): Published | null {
  const body = input.text.slice(input.body.start, input.body.end);
  let latest: { ymd: Ymd; written: string; why: string | null } | null = null;
  /** Years mentioned so far, the latest mention first. */
  const years: number[] = [];
  for (const raw of findDates(body, { monthYears: true })) {
    const d = judge.decide(raw).date;
    const inText = d.year === null ? yearInText(d, years) : null;
    if (d.year !== null) years.splice(0, years.length, d.year, ...years.filter((y) => y !== d.year));
    if (d.day === null || speaksOfFuture(sentenceBefore(body, raw.index))) continue;
    const done = inText ? { ymd: inText, why: `the year ${inText.y} written before it` } : complete(d, f, input);
    if (done && (!latest || num(done.ymd) > num(latest.ymd))) latest = { ymd: done.ymd, written: body.slice(raw.index, raw.end), why: done.why };
  }
  if (!latest) return null;
  let day = latest.ymd;
  let today = '';
  const weekday = todayWeekday(body);
  if (weekday !== null) {
    for (let k = 0; k <= maxDaysToToday; k++) {
      const t = new Date(Date.UTC(day.y, day.m - 1, day.d + k));
      if (t.getUTCDay() === weekday) {
        day = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
        today = k > 0 ? `, moved to the ${dayNames[weekday]} the text calls today` : '';
        break;
      }
    }
  }
  const year = latest.why ? ` (year from ${latest.why})` : '';
  return { date: iso(day), basis: 'text', reason: `from the body's latest stated day "${latest.written}"${year}${today}` };
}

/**
 * A full date ending a header line of text, when nothing else gives one: the title of a transcript or a release
 * ("Regular Press Conference on August 21, 2024") names the day it records. A date inside a title tells of an event
 * ("Lula to visit Jakarta on May 16, 2024 for talks").
 */
function fromTitle(input: PublishedInput): Published | null {
  for (const h of input.header.lines) {
    if (h.kind !== 'text') continue;
    const d = findDates(h.line.text).find((m) => m.day !== null && m.year !== null && /^[\s.)\]]*$/u.test(h.line.text.slice(m.end)));
    if (d) return { date: iso({ y: d.year!, m: d.month, d: d.day! }), basis: 'text', reason: `from "${h.line.text.slice(d.index, d.end)}" in the title` };
  }
  return null;
}

/** The publication date found in the page furniture, else in the body, else in a title, or why there is none. */
export function findPublished(input: PublishedInput): Published {
  const f = furniture(input);
  const judge = new DateOrderJudge({
    text: input.text, furniture: f.dateLines, places: f.places, ledeWeekday: firstWeekday(ledeText(input)),
  });
  for (const c of f.ranked) {
    const ordered = judge.decide(c.date);
    const done = complete(ordered.date, f, input);
    if (!done) continue;
    const why = [ordered.reason, done.why ? `year from ${done.why}` : undefined].filter((x) => x !== undefined);
    return { date: iso(done.ymd), basis: done.basis, reason: `from "${c.written.trim()}" (${c.where})${why.length > 0 ? `: ${why.join('; ')}` : ''}` };
  }
  // A full date in the file name or URL carries the publication's day or the event's: a body's latest day up to a week
  // after it says the file is named for the event ("this Friday" after a file named for Thursday's talks); a body's day
  // before it or further away is the news reported, or a misreading (a year taken from an older mention).
  const path = pathDates(input.file, input.url)[0];
  const body = fromBody(f, input, judge);
  if (path) {
    const day = body?.date ? fromIso(body.date) : null;
    const after = day ? dayNumber(day.y, day.m, day.d) - dayNumber(path.y, path.m, path.d) : -1;
    if (!(after > 0 && after <= PATH_DAYS)) return { date: iso(path), basis: 'meta', reason: `from the date ${iso(path)} in the file name or URL` };
  }
  if (body) return body;
  const titled = fromTitle(input);
  if (titled) return titled;
  const first = f.ranked[0];
  if (first) {
    return {
      date: null,
      basis: 'none',
      problem: `dateline "${first.written.trim()}" gives no year and nothing else fixes one; published left empty (pass --published)`,
    };
  }
  return { date: null, basis: 'none', problem: 'no publication date found in the page or its text; dated edges will have no date (pass --published)' };
}
