// Finds the dates a sentence states and resolves them against the publication date, tense-aware.
// chrono-node reads the expression; the day is worked out here, because news reports past events:
// a weekday means the last such day on or before publication, a month-day without a year the last such
// day on or before it. (chrono alone maps "on Friday" and "in March" forward.) Years alone ("in 2001")
// are read here too.
import * as chrono from 'chrono-node';
import type { DatePrecision, IsoDate } from '../../document/types.gen.js';
import type { Span } from '../types.js';

export interface DateExpression {
  readonly span: Span;
  readonly date: IsoDate;
  readonly precision: Exclude<DatePrecision, 'inferred' | 'none'>;
  /** `stated` when the text gives the year, `relative` when it was worked out from the publication date. */
  readonly basis: 'stated' | 'relative';
}

const DAY_MS = 86_400_000;
const iso = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
// Expressions that are not a day on which something happened: spans of time and dates relative to
// another event ("a day after").
const NOT_A_DAY = /\b(?:after|later|before|within|for|until|since|per|each|every|this|next)\b/i;
const RELATIVE_BOUND = /\b(?:since|until|till|before|after)\b[^,.;]*$/i;
const YEAR_RE = /\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)/g;

const parser = chrono.casual.clone();

// chrono is the costliest stage: a sentence with no digit and no month, weekday or relative-day word is skipped.
const MAY_HOLD_A_DATE = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\b/i;

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

export function findDateExpressions(text: string, span: Span, published: IsoDate): DateExpression[] {
  const slice = text.slice(span.start, span.end);
  if (!MAY_HOLD_A_DATE.test(slice)) return [];
  const ref = Date.parse(published);
  const [py, pm] = published.split('-').map(Number) as [number, number, number];
  const found: DateExpression[] = [];
  for (const { r, index } of chronoResults(slice, new Date(ref + DAY_MS / 2))) {
    const c = r.start;
    if (NOT_A_DAY.test(r.text) && !/^\s*(?:on\s+)?last\b/i.test(r.text)) continue;
    // "for now", "until now": the present, not a day something happened.
    if (/^\s*now\s*$/i.test(r.text)) continue;
    const at: Span = { start: span.start + index, end: span.start + index + r.text.length };
    // "since his re-election in May", "before March": a bound of a period, not the day of the event.
    if (RELATIVE_BOUND.test(slice.slice(Math.max(0, index - 40), index))) continue;
    const year = c.isCertain('year') ? c.get('year')! : undefined;
    const month = c.isCertain('month') ? c.get('month')! : undefined;
    const day = c.isCertain('day') ? c.get('day')! : undefined;
    if (month !== undefined && day !== undefined) {
      let t = utc(year ?? py, month, day);
      if (year === undefined && t > ref) t = utc(py - 1, month, day);
      found.push({ span: at, date: iso(t), precision: 'day', basis: year === undefined ? 'relative' : 'stated' });
    } else if (month !== undefined) {
      const y = year ?? (month > pm ? py - 1 : py);
      found.push({ span: at, date: iso(utc(y, month, 1)), precision: 'month', basis: year === undefined ? 'relative' : 'stated' });
    } else if (c.isCertain('weekday')) {
      // chrono has already applied "last"; otherwise take the last such weekday on or before publication.
      const chronoDay = Date.parse(c.date().toISOString().slice(0, 10));
      const weekday = c.get('weekday')!;
      const back = (new Date(ref).getUTCDay() - weekday + 7) % 7;
      const t = /\blast\b/i.test(r.text) ? chronoDay : ref - back * DAY_MS;
      found.push({ span: at, date: iso(t), precision: 'day', basis: 'relative' });
    } else if (/\b(?:yesterday)\b/i.test(r.text)) {
      found.push({ span: at, date: iso(ref - DAY_MS), precision: 'day', basis: 'relative' });
    } else if (/\btoday\b/i.test(r.text)) {
      found.push({ span: at, date: published, precision: 'day', basis: 'relative' });
    }
  }
  // chrono's results come in text order and do not overlap: one cursor tells whether a year falls inside one.
  const read = [...found];
  let k = 0;
  for (const m of slice.matchAll(YEAR_RE)) {
    const start = span.start + m.index! + m[0].indexOf(m[1]!);
    while (k < read.length && read[k]!.span.end <= start) k++;
    if (read[k] && read[k]!.span.start <= start) continue;
    found.push({ span: { start, end: start + 4 }, date: `${m[1]}-01-01`, precision: 'year', basis: 'stated' });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
