// Days counted from another day: "three days after", "a day later", "the following day", "that same Sunday",
// "five years ago". The expression says how far and from what; the day it counts from is the caller's to give,
// because only the article's context knows it.
import type { Span } from '../types.js';

/** What a counted day counts from. */
export type CountedFrom =
  /** The day the sentence's own clause happened: "on Feb. 26, three days after X flew to Y" dates the flight. */
  | 'clause'
  /** The last day the article stated before: "The same day", "Two days later", "that same Sunday". */
  | 'previous'
  /** Publication: "five years ago". */
  | 'publication';

export interface CountedDay {
  readonly span: Span;
  readonly from: CountedFrom;
  readonly days: number;
  readonly months: number;
  readonly years: number;
  /** The weekday named ("that same Sunday"), 0 for Sunday: the first such day on or after the one counted. */
  readonly weekday?: number;
  /** Counted in months or years (and not "exactly"): the day itself is not known. */
  readonly precision: 'day' | 'month' | 'year';
  /**
   * "a day after X met Y": the events this dates are in the phrase after the counted stretch, up to the end of
   * the phrase; the clause before it keeps its own day.
   */
  readonly scope?: Span;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUM = `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})`;
const UNIT = `(day|week|month|year)s?`;
const PART = `(?:day|night|morning|afternoon|evening)`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
// A count that is not exact ("less than two weeks before") gives no day. The words are read from the few
// characters before the count, the longest of them and its space.
const APPROXIMATE = /\b(?:less than|more than|fewer than|over|under|about|around|nearly|almost|some|roughly|barely|at least|up to)\s+$/i;
const APPROXIMATE_REACH = 16;

interface Rule {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => Omit<CountedDay, 'span' | 'scope'> | null;
}

const count = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);

function span(unit: string, n: number, sign: 1 | -1, exact: boolean): Pick<CountedDay, 'days' | 'months' | 'years' | 'precision'> {
  const u = unit.toLowerCase();
  const days = u === 'day' ? n : u === 'week' ? 7 * n : 0;
  const precision = u === 'day' || u === 'week' || exact ? 'day' : u === 'month' ? 'month' : 'year';
  return { days: sign * days, months: u === 'month' ? sign * n : 0, years: u === 'year' ? sign * n : 0, precision };
}

const RULES: readonly Rule[] = [
  // "three days after X met Y": X met Y three days before the clause's day. "two weeks before": after it.
  { re: new RegExp(`\\b${NUM} ${UNIT} (after|before)\\b`, 'gi'), read: (m) => ({ from: 'clause', ...span(m[2]!, count(m[1]!), m[3]!.toLowerCase() === 'after' ? -1 : 1, false) }) },
  // Not "the day before yesterday", a day counted from publication that chrono reads.
  { re: new RegExp(`\\bthe ${PART} (after|before)\\b(?=\\s+\\p{L})(?!\\s+(?:yesterday|today)\\b)`, 'giu'), read: (m) => ({ from: 'clause', ...span('day', 1, m[1]!.toLowerCase() === 'after' ? -1 : 1, false) }) },
  // "Two days later", "a week earlier": counted from the last day stated.
  { re: new RegExp(`\\b${NUM} ${UNIT} (later|earlier)\\b`, 'gi'), read: (m) => ({ from: 'previous', ...span(m[2]!, count(m[1]!), m[3]!.toLowerCase() === 'later' ? 1 : -1, false) }) },
  { re: new RegExp(`\\bthe (?:following|next) ${PART}\\b`, 'gi'), read: () => ({ from: 'previous', ...span('day', 1, 1, false) }) },
  { re: new RegExp(`\\bthe (?:previous|preceding) ${PART}\\b|\\bthe ${PART} before\\b(?!\\s+\\p{L})`, 'giu'), read: () => ({ from: 'previous', ...span('day', 1, -1, false) }) },
  { re: new RegExp(`\\b(?:the|that) same ${PART}\\b|\\bthat ${PART}\\b(?!\\s+(?:when|will|is|was)\\b)`, 'gi'), read: () => ({ from: 'previous', ...span('day', 0, 1, false) }) },
  // "condemned the Sept. 9 strike on the day it happened": the day of the act just named.
  { re: /\bthe (?:very |same )?day (?:it|they) (?:happened|occurred|took place|began|started)\b/gi, read: () => ({ from: 'previous', ...span('day', 0, 1, false) }) },
  {
    re: new RegExp(`\\b(?:that|the same|that same) ${WEEKDAY}\\b`, 'gi'),
    read: (m) => ({ from: 'previous', ...span('day', 0, 1, false), weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) }),
  },
  // "five years ago" is a year; "exactly five years ago" a day.
  { re: new RegExp(`\\b(exactly\\s+)?${NUM} ${UNIT} ago\\b`, 'gi'), read: (m) => ({ from: 'publication', ...span(m[3]!, count(m[2]!), -1, m[1] !== undefined) }) },
];

/** Where the phrase a counted stretch opens ends: the next comma, semicolon, colon or dash, or the sentence's end. */
const PHRASE_END = /[,;:()]|\s[-–—]\s|—/g;
/** A relative clause of place after a comma: "..., where". */
const PLACE_CLAUSE = /^\s*where\b/i;

// Every rule names a unit, a part of the day or a weekday (each weekday ends in "day"): a sentence without one of these
// words is not read rule by rule.
const COUNT_WORDS = ['day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'];

/** The counted days `text` states between `from` and `to` (UTF-16 offsets into `text`), in text order. */
export function findCountedDays(text: string, from: number, to: number): CountedDay[] {
  const slice = text.slice(from, to);
  const folded = slice.toLowerCase();
  if (!COUNT_WORDS.some((w) => folded.includes(w))) return [];
  const found: CountedDay[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m !== null; m = rule.re.exec(slice)) {
      if (APPROXIMATE.test(slice.slice(Math.max(0, m.index - APPROXIMATE_REACH), m.index))) continue;
      const read = rule.read(m);
      if (!read) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      let scope: Span | undefined;
      if (read.from === 'clause') {
        PHRASE_END.lastIndex = end - from;
        let stop = PHRASE_END.exec(slice);
        // "two weeks after X hosted Y in Z, where the two signed W": a clause of the place goes on with the phrase.
        while (stop && stop[0] === ',' && PLACE_CLAUSE.test(slice.slice(stop.index + 1))) stop = PHRASE_END.exec(slice);
        scope = { start: end, end: stop ? from + stop.index : to };
      }
      found.push({ span: { start, end }, ...read, ...(scope ? { scope } : {}) });
    }
  }
  // Where two readings overlap, the one starting first (the longer on a tie) wins.
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let reached = -1;
  return found.filter((c) => {
    if (c.span.start < reached) return false;
    reached = c.span.end;
    return true;
  });
}
