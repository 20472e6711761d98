// Finds the dates a sentence states and resolves them, tense-aware. chrono-node reads the expression; the
// day is worked out here, because news reports past events: a weekday means the last such day on or before
// publication, a month-day without a year the last such day on or before it, unless the paragraph's story
// has reached another year ("In June 2019 ... on June 12"); "yesterday" and "today" inside a quotation are the
// speaker's, counted from the day the story is at. Counted days ("three days after", "the same
// day", "five years ago") count from the day the context gives. Years alone ("in 2001") are read here too.
// A date after publication is a plan, never the day of a reported event, and is left out. Each date says
// which events of its sentence it may date (date-scope).
import * as chrono from 'chrono-node';
import type { DatePrecision, IsoDate } from '../../document/types.gen.js';
import { firstWhere } from '../sorted.js';
import { inQuotation, quotations } from '../text/quotes.js';
import type { Span } from '../types.js';
import { MONTH, WEEKDAY } from './calendar-words.js';
import { findCountedDays, type CountedDay } from './counted-days.js';
import { scopeReader, type DateScope, type ScopeReader } from './date-scope.js';
import { ArticleCache } from '../article-cache.js';

export interface DateExpression {
  readonly span: Span;
  readonly date: IsoDate;
  readonly precision: Exclude<DatePrecision, 'inferred' | 'none'>;
  /** `stated` when the text gives the year, `relative` when it was worked out from another day. */
  readonly basis: 'stated' | 'relative';
  /** Set when the date sits in a subordinate phrase: it dates only the events inside `scope.span`. */
  readonly scope?: DateScope;
  /** The words the date stands among: its scope's, else its phrase between commas, semicolons, colons or dashes. */
  readonly phrase: Span;
  /**
   * The story moves on to this date: the main clause states it, or a sequence that ends the sentence ("on
   * Wednesday, a day after X signed Y"). A side remark, a period's bound or a sequence the main clause follows
   * ("A day after taking office, X flew to Y") does not.
   */
  readonly movesOn: boolean;
}

/** What the article around a sentence tells about its dates. */
export interface DateContext {
  /** The last day the article named before the sentence, in any phrase: what "the same day" and "two days later" count from. */
  readonly previous?: IsoDate;
  /**
   * The last day the story moved on to before the sentence: what a sentence opening with "On the same day" or "Two
   * days later" counts from, a day named in passing ("which was signed on 4 May 2023") being no step of the story.
   */
  readonly story?: IsoDate;
  /**
   * The year the paragraph's story last stated, which a month and day without a year keep ("In June 2019 ... on
   * June 12") when that keeps the story in order: not before `reached`.
   */
  readonly year?: number;
  /** The last date the paragraph's story reached. */
  readonly reached?: IsoDate;
  /** The day the sentence's events take when it states none: what "a day after X met Y" counts back from. */
  readonly current?: () => IsoDate;
  /** Where the sentence's verbs start, in text order ("to hold" opens a purpose): tags are read only when asked. */
  readonly verbs?: () => readonly number[];
  /** Nouns that name a party's act ("strike", "veto"): a day after one and its place is the act's (see `scopeReader`). */
  readonly actNouns?: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const iso = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
// Expressions that are not a day on which something happened: spans of time, weeks, and dates relative to another
// event that counted-days did not read exactly ("less than two weeks before"); chrono takes "the last days of Ramadan",
// "the last day of the summit" and "the past few days" for a day before publication.
// "In a second round", "in an hour": chrono reads a count of seconds, minutes or hours from now as today.
const NOT_A_DAY = /\b(?:after|later|before|within|for|until|since|per|each|every|next|weeks?|days|last\s+day|seconds?|minutes?|hours?)\b/i;
// "this" names a day only with a weekday or a part of today ("this Monday", "this afternoon").
const THIS_DAY = new RegExp(`\\bthis\\s+(?:${WEEKDAY}|morning|afternoon|evening)\\b`, 'i');
const WEEKDAY_IN_FULL = new RegExp(`\\b${WEEKDAY}\\b`, 'i');
/** A number over a count with no year ("2/9"), and how far back a line's start may be (its indent) before it. */
const GALLERY_NUMBER = /^\d{1,2}\/\d{1,2}$/;
const LINE_START_REACH = 8;
// "the day before yesterday": a day, though it says "before".
const BEFORE_YESTERDAY = /\bday\s+before\s+yesterday\b/i;
// "Tuesday last week": a day, though it says "week".
const LAST_WEEK = /\blast\s+week\b/i;
const FROM_NOW = /\b(?:yesterday|today|tonight|last\s+night)\b/i;
const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;
// "Talks continue on Friday", "X is expected in Cairo on Saturday": a weekday after words of what is to come, in its
// clause, is a day to come, not the last such day.
const COMING_BEFORE = /(?:\b(?:will|shall|expected|due|scheduled|slated|set\s+to|is\s+to|are\s+to|continues?|resumes?)|['\u2019]ll)\b[^,;:.]*$/i;
// Before a month, only a future's own words ("to be held in June"; "It is to be recalled that in July" and "It will be
// recalled that on March 13" tell the past), or "for" right before it ("a referendum for September").
const COMING_MONTH_BEFORE = /(?:\b(?:(?:will|shall)(?!\s+be\s+(?:recalled|remembered|noted))|expected|due|scheduled|slated|to\s+be\s+(?:held|hosted|convened|staged|organi[sz]ed))|['\u2019]ll)\b[^,;:.]*$|\bfor\s+$/i;
// "... talks with X on Wednesday, and with Y on Thursday": a weekday joined to one to come is to come too.
const JOINED_AFTER = /^,\s+and\b[^;:.]{0,60}$/;
/** How far back the words of what is to come may stand before a weekday. */
const COMING_REACH = 60;
/** ... before a month, a clause further: "X will vote for Y when the General Assembly holds the election in June". */
const COMING_MONTH_REACH = 100;
// "May 29 last year", "in June this year": the year of the date before.
const YEAR_AFTER = /\s*(?:of\s+)?(last|this)\s+year\b/iy;
const PART_OF = /\b(?:night|morning|afternoon|evening) of\b/gi;
const SPACED_DASH = / [-\u2013\u2014] /g;
const YEAR_RE = /\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)/gi;

const parser = chrono.casual.clone();

// chrono is the costliest stage: a sentence with no month, weekday or relative-day word, and no digits written as a
// date ("5/6/2024", "2024-03-19") or a time span ("3 days ago"), is skipped: a count ("killed 20 people") holds no date.
const MAY_HOLD_A_DATE = new RegExp(`\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,4}[/.-]\\d{1,2}|\\d\\s*(?:days?|weeks?|months?|years?)\\b|\\b(?:${MONTH}|${WEEKDAY}|yesterday|today|tonight|night|morning|afternoon|evening|month|year)\\b`, 'i');
// A day with its month and year written out: "October 26, 2018", "26 October 2018".
const FULL_DATE = new RegExp(`\\b(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:1[89]|20)\\d\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(?:1[89]|20)\\d\\d)\\b`, 'i');

/** Whether a text may hold a date at all (a month, a weekday, "yesterday", digits written as a date): a cheap test. */
export const mayHoldADate = (text: string): boolean => MAY_HOLD_A_DATE.test(text);

/** Whether a text may state a day with its month and year ("On October 26, 2018"): a cheap test before reading it. */
export const mayStateFullDate = (text: string): boolean => FULL_DATE.test(text);

// chrono's refiners look at all the text before each result, so one text costs the square of its length.
// Real sentences are far shorter than a piece; a run-on one is read piece by piece, cut where a date is
// unlikely to straddle the cut: after a comma or semicolon, else at a space, never next to a number ("October 22,
// 2024", "22 October").
const PIECE = 2_000;
const CLAUSE_END = /[,;] (?!\d)/g;
const WORD_GAP = /(?<=\D) (?=\D)/g;

function* pieces(text: string): Generator<{ readonly offset: number; readonly text: string }> {
  let offset = 0;
  while (text.length - offset > PIECE) {
    const window = text.slice(offset, offset + PIECE);
    const clause = [...window.matchAll(CLAUSE_END)].pop()?.index ?? -1;
    const space = [...window.matchAll(WORD_GAP)].pop()?.index ?? -1;
    const cut = clause > PIECE / 2 ? clause + 2 : space > PIECE / 2 ? space + 1 : PIECE;
    yield { offset, text: window.slice(0, cut) };
    offset += cut;
  }
  yield { offset, text: text.slice(offset) };
}

/** chrono's readings of a text, each with its index into the whole text. */
function* chronoResults(text: string, instant: Date): Generator<{ readonly r: chrono.ParsedResult; readonly index: number }> {
  for (const piece of pieces(text)) {
    for (const r of parser.parse(piece.text, { instant, timezone: 'UTC' })) yield { r, index: piece.offset + r.index };
  }
}

/** A date as read, before the context resolves it. */
type Reading =
  | { readonly kind: 'chrono'; readonly span: Span; readonly r: chrono.ParsedResult; readonly yearAfter?: 'last' | 'this' }
  | { readonly kind: 'counted'; readonly span: Span; readonly c: CountedDay }
  | { readonly kind: 'year'; readonly span: Span; readonly year: number }
  | { readonly kind: 'dayNumber'; readonly span: Span; readonly day: number; readonly weekday?: number };

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/**
 * A day of the month by its number alone, as said aloud: "on the 7th", "on Saturday the 16th". After "on" or a weekday,
 * and ending its phrase ("the 7th floor", "the 20th century" and "the 16th of May" are no such day).
 */
const DAY_NUMBER = new RegExp(`\\b(?:on\\s+(?:(${WEEKDAYS.join('|')})day\\s+)?|(${WEEKDAYS.join('|')})day\\s+)the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*(?:[,.;:)\\u2013\\u2014-]|$|(?:at|in|and|when|after|before|with)\\b))`, 'gi');
/** How many months back a day number may reach for its weekday ("Saturday the 16th"). */
const DAY_NUMBER_MONTHS = 3;

function dayNumbers(slice: string, offset: number): Reading[] {
  const out: Reading[] = [];
  for (const m of slice.matchAll(DAY_NUMBER)) {
    const name = (m[1] ?? m[2])?.toLowerCase();
    const day = Number(m[3]);
    if (day < 1 || day > 31) continue;
    const start = offset + m.index! + m[0].toLowerCase().indexOf(name ? `${name}day` : 'the');
    out.push({ kind: 'dayNumber', span: { start, end: offset + m.index! + m[0].length }, day, ...(name ? { weekday: WEEKDAYS.indexOf(name) } : {}) });
  }
  return out;
}

/** The last day numbered `day` on or before `ref`, on `weekday` when one is given (within a few months), else undefined. */
function lastDayNumbered(day: number, ref: number, weekday: number | undefined): number | undefined {
  const d = new Date(ref);
  for (let k = 0; k <= DAY_NUMBER_MONTHS; k++) {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1 - k;
    const t = utc(y, m, day);
    if (new Date(t).getUTCDate() !== day || t > ref) continue;
    if (weekday === undefined || new Date(t).getUTCDay() === weekday) return t;
  }
  return undefined;
}

function readings(text: string, span: Span, ref: number): Reading[] {
  const slice = text.slice(span.start, span.end);
  const counted: Reading[] = findCountedDays(text, span.start, span.end).map((c) => ({ kind: 'counted', span: c.span, c }));
  const read: Reading[] = [];
  // A day number ("on the 7th") is a date MAY_HOLD_A_DATE finds too: a sentence it finds nothing in has none either.
  const mayHold = MAY_HOLD_A_DATE.test(slice);
  if (mayHold) {
    let skipUntil = -1;
    // chrono reads "the night of September 13" as a time of day with no date; without the words it reads the date.
    // A dash set off by spaces ends a date: "11 August 2022 - Four days after X" is no range.
    const plain = slice.replace(PART_OF, (m) => ' '.repeat(m.length)).replace(SPACED_DASH, ' ; ');
    for (const { r, index } of chronoResults(plain, new Date(ref + DAY_MS / 2))) {
      // chrono keeps a comma that follows a date ("on Monday,"): the date ends before it.
      const at: Span = { start: span.start + index, end: span.start + index + r.text.replace(/[\s,]+$/u, '').length };
      if (at.start < skipUntil) continue;
      YEAR_AFTER.lastIndex = at.end;
      const yearAfter = YEAR_AFTER.exec(text);
      if (yearAfter && YEAR_AFTER.lastIndex <= span.end && r.start.isCertain('month') && !r.start.isCertain('year')) {
        // The year words belong to this date; chrono reads them again as a result of their own.
        skipUntil = at.end + yearAfter[0].length;
        read.push({ kind: 'chrono', span: { start: at.start, end: skipUntil }, r, yearAfter: yearAfter[1]!.toLowerCase() as 'last' | 'this' });
        continue;
      }
      read.push({ kind: 'chrono', span: at, r });
    }
  }
  // A counted day wins over chrono's reading of the same words ("that same Sunday", "five years ago"), but gives way
  // to a date that restates it ("the next day, March 10"); a year alone counts only outside both.
  let next = 0;
  const restated = counted.filter((c) => {
    while (next < read.length && read[next]!.span.start < c.span.end) next++;
    const x = read[next];
    return !(x && /^,\s*$/.test(text.slice(c.span.end, x.span.start)));
  });
  // A day number overrides chrono's weekday in "Saturday the 16th".
  const numbered = mayHold ? outside(dayNumbers(slice, span.start), restated) : [];
  const kept = [...outside(read, [...restated, ...numbered].sort((a, b) => a.span.start - b.span.start)), ...restated, ...numbered].sort((a, b) => a.span.start - b.span.start);
  const years: Reading[] = [];
  for (const m of slice.matchAll(YEAR_RE)) {
    const start = span.start + m.index! + m[0].indexOf(m[1]!);
    years.push({ kind: 'year', span: { start, end: start + 4 }, year: Number(m[1]) });
  }
  return [...kept, ...outside(years, kept)].sort((a, b) => a.span.start - b.span.start);
}

// Role resolution reads a sentence that states a full date before the timeline does: chrono reads it once, the
// readings kept by the sentence's span (they depend on nothing else but the text and the reference day).
const readingsBySpan = new ArticleCache<Span, { readonly ref: number; readonly list: readonly Reading[] }>();

function readingsOnce(text: string, span: Span, ref: number): readonly Reading[] {
  const kept = readingsBySpan.get(span);
  if (kept && kept.ref === ref) return kept.list;
  const list = readings(text, span, ref);
  readingsBySpan.set(span, { ref, list });
  return list;
}

/** The readings of `some` that overlap none of `others`; both lists in text order, neither overlapping itself. */
function outside(some: readonly Reading[], others: readonly Reading[]): Reading[] {
  let k = 0;
  return some.filter((x) => {
    while (k < others.length && others[k]!.span.end <= x.span.start) k++;
    return !(others[k] && others[k]!.span.start < x.span.end);
  });
}

/** The day exists in that year: February 29 only in a leap year. */
const exists = (y: number, m: number, d: number): boolean => new Date(utc(y, m, d)).getUTCDate() === d;

/**
 * A month and day written without a year: the last time that day came, up to publication, in a year that has it
 * (February 29 falls back to the last leap year, not into March). A weekday written with it ("Thursday, February 29")
 * tells the year when one next to publication's puts the day on that weekday: the nearest such, a plan when that is
 * after publication.
 */
function yearless(month: number, day: number, ref: number, weekday: number | undefined): number {
  const py = new Date(ref).getUTCFullYear();
  const onWeekday = [py - 1, py, py + 1].filter((y) => exists(y, month, day) && new Date(utc(y, month, day)).getUTCDay() === weekday)
    .map((y) => utc(y, month, day)).sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref));
  if (onWeekday.length > 0) return onWeekday[0]!;
  let y = utc(py, month, day) > ref ? py - 1 : py;
  while (!exists(y, month, day)) y--;
  return utc(y, month, day);
}

const shift = (t: number, c: Pick<CountedDay, 'days' | 'months' | 'years'>): number => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear() + c.years, d.getUTCMonth() + c.months, d.getUTCDate() + c.days);
};

// What may stand before a counted day that opens its sentence: "On the same day,", "Two days later,", "And the next day".
const SENTENCE_OPENER = /^[\s"'\u201c(]*(?:(?:and|but|then|on|later)\s+)*$/i;

/** The dates `text` states between `span.start` and `span.end`, resolved against `published` and `context`. */
export function findDateExpressions(text: string, span: Span, published: IsoDate, context: DateContext = {}): DateExpression[] {
  const ref = Date.parse(published);
  const py = Number(published.slice(0, 4));
  const found: DateExpression[] = [];
  let year = context.year;
  let reached = context.reached;
  let lastDay = context.previous;
  let clauseDay: IsoDate | undefined;
  // Most sentences state no date: their phrases are read only when one does.
  let scopes: ScopeReader | undefined;
  const push = (at: Span, t: number, precision: DateExpression['precision'], basis: DateExpression['basis'], scope?: DateScope, named = true): void => {
    const date = iso(t);
    if (date > published) return;
    scopes ??= scopeReader(text, span, context.verbs, context.actNouns);
    const own = scope ?? scopes.scopeOf(at);
    const movesOn = !own || (own.kind === 'sequence' && scopes.endsSentence(own.span.end));
    found.push({ span: at, date, precision, basis, ...(own ? { scope: own } : {}), phrase: own?.span ?? scopes.phraseOf(at), movesOn });
    // "before the fourth Test on March 9, and ... the next day", "which he had reaffirmed on December 10 ... that same
    // day": the day "the same day" points back to is the last one named, whether or not the story moves on to it.
    // A period's edge ("since January 1") is no day an event happened on.
    if (named && precision === 'day' && own?.kind !== 'period' && own?.kind !== 'recalled') lastDay = date;
    if (!movesOn) return;
    reached = date;
    if (precision === 'day' && !own) clauseDay = date;
    if (basis === 'stated') year = Number(date.slice(0, 4));
  };
  // Inside a quotation "yesterday" and "today" are the speaker's: counted from the day the story has reached when
  // the words were said, not from publication.
  let quotes: Span[] | undefined;
  const spokenOn = (at: Span): number => (context.current && inQuotation(quotes ??= quotations(text, span), at.start) ? Date.parse(context.current()) : ref);
  // The end of the last weekday read as one to come.
  let coming: number | undefined;
  // Counts from the clause's day read before the clause had one: where in `found`, the count and its phrase.
  const unanchored: { at: number; c: CountedDay; scope: Span }[] = [];
  for (const reading of readingsOnce(text, span, ref)) {
    const at = reading.span;
    if (reading.kind === 'counted') {
      const c = reading.c;
      const opening = found.length === 0 && SENTENCE_OPENER.test(text.slice(span.start, at.start));
      const previous = opening ? context.story ?? lastDay : lastDay;
      // "A day before the ceremony, X said ...": opening the sentence, a count from an event it only names (no verb
      // in its phrase) dates the main clause from that event's day, the story's.
      const scope = c.scope;
      const anchored = c.from === 'clause' && opening && scope !== undefined && context.verbs !== undefined
        && !context.verbs().some((v) => v >= scope.start && v < scope.end);
      let t: number;
      if (anchored) t = shift(Date.parse(previous ?? context.current?.() ?? published), { days: -c.days, months: -c.months, years: -c.years });
      else {
        const base = c.from === 'publication' ? published : c.from === 'previous' ? previous ?? published : clauseDay ?? context.current?.() ?? published;
        t = shift(Date.parse(base), c);
        if (c.weekday !== undefined) t += ((c.weekday - new Date(t).getUTCDay() + 7) % 7) * DAY_MS;
      }
      const y = new Date(t).getUTCFullYear();
      const at0 = c.precision === 'day' ? t : c.precision === 'month' ? utc(y, new Date(t).getUTCMonth() + 1, 1) : utc(y, 1, 1);
      // "on 6 November, the day after the vote, ... the same day": a count back from the clause's day gives the day of
      // what its phrase names, which "the same day" does not point back to.
      // With no day of its own yet, the clause may get it from the day the counted phrase gives (below).
      // ... once read: a day after publication is not pushed.
      const index = found.length;
      push(at, at0, c.precision, 'relative', !anchored && scope ? { kind: 'sequence', span: scope } : undefined, !(c.from === 'clause' && clauseDay !== undefined && !anchored));
      if (found.length > index && c.from === 'clause' && !anchored && clauseDay === undefined && scope !== undefined && c.precision === 'day') unanchored.push({ at: index, c, scope });
      continue;
    }
    if (reading.kind === 'year') {
      push(at, utc(reading.year, 1, 1), 'year', 'stated');
      continue;
    }
    if (reading.kind === 'dayNumber') {
      const t = lastDayNumbered(reading.day, spokenOn(at), reading.weekday);
      if (t !== undefined) push(at, t, 'day', 'relative');
      continue;
    }
    const { r, yearAfter } = reading;
    const c = r.start;
    const lastWeek = LAST_WEEK.test(r.text) && c.isCertain('weekday');
    if (NOT_A_DAY.test(r.text) && !lastWeek && !BEFORE_YESTERDAY.test(r.text)) continue;
    // "November 28-30", "from 28 to 30 November": a stay of several days is no day something happened on.
    if (r.end?.isCertain('day') && r.end.get('day') !== c.get('day')) continue;
    if (/\bthis\b/i.test(r.text) && !THIS_DAY.test(r.text) && !/\bthis\s+(?:month|year)\b/i.test(r.text)) continue;
    // "for now", "until now": the present, not a day something happened.
    if (/^\s*now\s*$/i.test(r.text)) continue;
    // "2/9 Indian Prime Minister ...": a number over a count opening a line numbers a caption of a gallery.
    if (GALLERY_NUMBER.test(r.text) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at.start - LINE_START_REACH), at.start))) continue;
    // Counted here: chrono's "last month" on the 31st of a month overflows into the wrong one.
    if (/\b(?:last|this)\s+month\b/i.test(r.text)) {
      push(at, utc(py, Number(published.slice(5, 7)) - (/\blast\b/i.test(r.text) ? 1 : 0), 1), 'month', 'relative');
      continue;
    }
    const stated = c.isCertain('year') && !/\b(?:last|this)\s+year\b/i.test(r.text) ? c.get('year')! : undefined;
    const month = c.isCertain('month') ? c.get('month')! : undefined;
    const day = c.isCertain('day') ? c.get('day')! : undefined;
    const given = yearAfter === 'last' ? py - 1 : yearAfter === 'this' ? py : stated;
    const basis = stated === undefined ? 'relative' : 'stated';
    if (month !== undefined) {
      // "the summit Canada will host in June": a month without its year after words of what is to come is to come,
      // no day anything happened on.
      if (given === undefined && COMING_MONTH_BEFORE.test(text.slice(Math.max(span.start, at.start - COMING_MONTH_REACH), at.start))) continue;
      const dd = day ?? 1;
      const weekday = c.isCertain('weekday') ? c.get('weekday')! : undefined;
      let t = given !== undefined ? utc(given, month, dd) : yearless(month, dd, ref, weekday);
      // The paragraph's story is in another year: keep it there, unless that would take the story backwards or off
      // the weekday given.
      const story = year !== undefined ? utc(year, month, dd) : undefined;
      if (given === undefined && story !== undefined && year! < py && exists(year!, month, dd) && (weekday === undefined || new Date(story).getUTCDay() === weekday)
        && (reached === undefined || iso(story) >= reached)) t = story;
      // chrono reads "yesterday", "tonight" and "last night" against publication.
      if (FROM_NOW.test(r.text)) t += spokenOn(at) - ref;
      push(at, t, day === undefined ? 'month' : 'day', basis);
    } else if (c.isCertain('weekday')) {
      // A weekday alone counts written in full: "sat", "Sun Yat-sen" and "wed" are words and names as often.
      if (!WEEKDAY_IN_FULL.test(r.text)) continue;
      if (!/\blast\b/i.test(r.text) && COMING_BEFORE.test(text.slice(Math.max(span.start, at.start - COMING_REACH), at.start))) { coming = at.end; continue; }
      if (coming !== undefined && !/\blast\b/i.test(r.text) && JOINED_AFTER.test(text.slice(coming, at.start))) { coming = at.end; continue; }
      // chrono has already applied "last"; otherwise take the last such weekday on or before publication.
      const chronoDay = Date.parse(c.date().toISOString().slice(0, 10));
      const back = (new Date(ref).getUTCDay() - c.get('weekday')! + 7) % 7;
      if (lastWeek) {
        // "Tuesday last week": that weekday in the week (Monday to Sunday) before publication's.
        const monday = ref - ((new Date(ref).getUTCDay() + 6) % 7) * DAY_MS - 7 * DAY_MS;
        push(at, monday + ((c.get('weekday')! + 6) % 7) * DAY_MS, 'day', 'relative');
        continue;
      }
      // "last Tuesday" written on a Wednesday is the Tuesday of the week before: the day before is "yesterday" or "on Tuesday".
      const last = ref - chronoDay === DAY_MS ? chronoDay - 7 * DAY_MS : chronoDay;
      push(at, /\blast\b/i.test(r.text) ? last : ref - back * DAY_MS, 'day', 'relative');
    } else if (/\byesterday\b/i.test(r.text)) {
      push(at, spokenOn(at) - DAY_MS, 'day', 'relative');
    } else if (TODAY.test(r.text)) {
      push(at, spokenOn(at), 'day', 'relative');
    } else if (/\b(?:last|this)\s+year\b/i.test(r.text)) {
      push(at, utc(/\blast\b/i.test(r.text) ? py - 1 : py, 1, 1), 'year', 'relative');
    }
  }
  // "X met Y a day after arriving in Z on Sunday": a clause with no day of its own is that many days after the day its
  // counted phrase gives, not after publication.
  for (const { at, c, scope } of unanchored) {
    const counted = found[at]!;
    const inner = found.find((d) => d !== counted && d.precision === 'day' && d.span.start >= counted.span.end && d.span.end <= scope.end);
    if (!inner) continue;
    const date = iso(shift(Date.parse(inner.date), { days: -c.days, months: -c.months, years: -c.years }));
    if (date > published) continue;
    found[at] = { span: counted.span, date, precision: 'day', basis: 'relative', phrase: scopes?.phraseOf(counted.span) ?? counted.phrase, movesOn: true };
  }
  return found;
}
