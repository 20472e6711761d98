// Reads an article's dates sentence by sentence, in order, so that each sentence's dates resolve against what
// came before: the last day stated ("the same day", "two days later"), the year the paragraph's story has
// reached ("In June 2019 ... on June 12"), and the day the sentence's events take when it states none: the last
// day stated earlier in its paragraph, else the article's main date (the first day its lede gives, within a
// week before publication), else publication. The lede runs from the body's start to the first sentence that
// reports an event, and holds at least two sentences; date lines of the page's furniture are not part of it.
// A sentence that opens by pointing back at an event ("Following the talks, ...", "In the same statements,
// ...") goes on from the last day stated, across a paragraph break too. A digest's day heading ("MONDAY", "Tuesday,
// Sept. 3"), or an itinerary's run-in one ("DAY 2 (Wednesday, Nairobi): ..."), is the day of every paragraph under it,
// up to the next heading of any kind.
import type { EdgeType, IsoDate } from '../../document/types.gen.js';
import { isDayHeading } from '../read/dates.js';
import { dateLineDates, endsSentence } from '../read/header.js';
import type { ArticleContext, Span } from '../types.js';
import { firstWhere } from '../sorted.js';
import { tokenFrom } from '../text/tokens.js';
import { findDateExpressions, type DateExpression } from './date-expressions.js';
import { tagsOf } from '../text/pos.js';
import type { Sentence } from '../text/sentences.js';

// A participle after one of these describes a noun ("their fixed date", "the signed accord"): it is no verb of its own.
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** The fewest sentences of the lede, not counting date lines. */
const LEAD_SENTENCES = 2;
/** A lede's day further back than this is background, not the day of the article's news. */
const LEAD_REACH_DAYS = 7;
// "Following the talks,", "After the meeting,", "In a ceremony after the talks,", "In the same statements", "At the same
// press conference".
const BACK_REFERENCE = /(?:(?:in|at)\s+(?:a|an|the)\s+(?:\p{L}+\s+){1,2})?(?:following|after)\s+(?:the|these|those|this|that)\s+\p{L}+\s*,|(?:in|at|during|on)\s+the\s+same\s+\p{L}+/iuy;

/** A paragraph's short run-in heading, up to its colon (not a time's: "10:30"). */
const RUN_IN_HEADING = /[^.!?:\n]{1,40}:(?!\d)/y;
/** Nothing but spaces before the end of the line or of the text. */
const LINE_END = /[ \t\r]*(?:\n|$)/y;
const LIST_MARK = /^[ \t]*[-•*–][ \t]/;
const BLANK_LINE = /\n[ \t\r]*\n/;
/** A sentence that asks: a question mark at its end, a closing quotation mark aside. */
const QUESTION_END = /\?["'\u201d\u2019)]*\s*$/;
/** Room for a list mark and the space after it at a line's start. */
const LIST_MARK_WIDTH = 4;

/** What ends a list's introduction or an item before the next ("were signed:", "...;"). */
const ITEM_ENDS: ReadonlySet<string> = new Set([':', ';']);

/** Whether the line the offset stands on is an item of a bulleted list. */
function listItem(text: string, offset: number): boolean {
  const line = text.lastIndexOf('\n', offset - 1) + 1;
  return LIST_MARK.test(text.slice(line, Math.max(offset, line + LIST_MARK_WIDTH)));
}

export interface Timeline {
  /** The dates sentence `s` states, in text order. */
  readonly dates: (s: number) => readonly DateExpression[];
  /**
   * The last day that moved the story on (DateExpression.movesOn) in an earlier sentence of `s`'s paragraph, or
   * anywhere before when `s` opens by pointing back at an event.
   */
  readonly carried: (s: number) => DateExpression | undefined;
  /** The days the article's lede gives within a week before publication, in text order. */
  readonly lede: () => readonly DateExpression[];
  /** The lede's last sentence. */
  readonly ledeEnd: () => number;
}

interface State {
  read: number;
  year?: number;
  reached?: IsoDate;
  carried?: DateExpression;
  /** The last day stated anywhere before. */
  last?: DateExpression;
  /** The last day named anywhere before, in any phrase: what "the same day" counts from. */
  named?: IsoDate;
  /** The sentence that named it. */
  namedIn?: number;
  /** The day of the day heading the sentences read stand under. */
  heading?: DateExpression;
  /** The sentence read last was a heading with no day ("DAY TWO: TALKS"). */
  dayless?: boolean;
  /** The lede's days within reach of publication, in text order. */
  lede: DateExpression[];
  /** The lede's days in a sequence the story does not move on to ("after taking his oath on Thursday, receiving ..."). */
  ledeSequences: DateExpression[];
  leadLeft: number;
  leadOpen: boolean;
  ledeEnd?: number;
}

/** The event types the words of a span fire, by the event lexicon alone (whatever their parties). */
export function eventTypesIn(ctx: ArticleContext, span: Span): Set<EdgeType> {
  const types = new Set<EdgeType>();
  const sentence = ctx.sentences[firstWhere(ctx.sentences.length, (i) => ctx.sentences[i]!.end > span.start)];
  if (!sentence || sentence.start > span.start) return types;
  // Only the span's own tokens, found by halving: a run-on lede holds many dated phrases.
  for (let i = tokenFrom(sentence.tokens, span.start); i >= 0 && i < sentence.tokens.length && sentence.tokens[i]!.end <= span.end; i++) {
    for (const m of ctx.knowledge.lexicon.events.matchesAt(sentence.tokens, sentence.keys, i)) if (m.type && !m.negative) types.add(m.type);
  }
  return types;
}

/** Words that count a day from another rather than name it. */
const COUNTED_DAY = /\b(?:after|before|later|earlier|ago|since)\b/i;

/** `firstEvent` is the first sentence that reports an event (not a standing relation), if any. */
export function readTimeline(ctx: ArticleContext & { readonly on: IsoDate }, firstEvent: number | undefined): Timeline {
  const published = ctx.on;
  const text = ctx.article.text;
  const dates: DateExpression[][] = [];
  const carried: (DateExpression | undefined)[] = [];
  const state: State = { read: 0, lede: [], ledeSequences: [], leadLeft: LEAD_SENTENCES, leadOpen: true };
  const verbsOf = (sentence: Sentence): number[] => {
    const { pos } = tagsOf(text, sentence);
    return sentence.tokens.filter((_, i) => pos[i] === 'VERB' && !DETERMINERS.has(sentence.tokens[i - 1]?.norm ?? '')).map((t) => t.start);
  };
  const readUpTo = (last: number): void => {
    for (; state.read <= last && state.read < ctx.sentences.length; state.read++) {
      const s = state.read;
      const sentence = ctx.sentences[s]!;
      // A new paragraph starts its own story, but the next item of a list goes on with the story of the item before
      // (not one a blank line sets apart: a newsletter's items are stories of their own), and an answer with the story
      // of the question it answers (an interview's "On 14 December you met X. Why?").
      const gap = s === 0 ? '\n' : text.slice(ctx.sentences[s - 1]!.end, sentence.start);
      const line = gap.includes('\n');
      const answer = (): boolean => s > 0 && QUESTION_END.test(text.slice(ctx.sentences[s - 1]!.start, ctx.sentences[s - 1]!.end));
      // So does a line after one a colon or a semicolon ends ("The following were signed on 15 May:\n i. ...;\n ii. ...").
      const nextItem = s > 0 && !BLANK_LINE.test(gap) && (listItem(text, sentence.start) && listItem(text, ctx.sentences[s - 1]!.start)
        || ITEM_ENDS.has(ctx.sentences[s - 1]!.keys.at(-1) ?? ''));
      if (line && !answer() && !nextItem) {
        state.carried = state.heading;
        state.year = undefined;
        state.reached = undefined;
      }
      BACK_REFERENCE.lastIndex = sentence.start;
      if (!state.carried && BACK_REFERENCE.test(text)) state.carried = state.last;
      carried[s] = state.carried;
      let verbs: readonly number[] | undefined;
      const own = findDateExpressions(text, sentence, published, {
        ...(state.named ? { previous: state.named } : {}),
        // A day named in passing is still the one a sentence right after it points back to.
        ...(state.last && state.namedIn !== s - 1 ? { story: state.last.date } : {}),
        ...(state.year !== undefined ? { year: state.year } : {}),
        ...(state.reached ? { reached: state.reached } : {}),
        current: () => (state.carried ?? state.lede[0])?.date ?? published,
        verbs: () => (verbs ??= verbsOf(sentence)),
        actNouns: ctx.knowledge.lexicon.actionNouns,
      });
      dates[s] = own;
      // "DAY 2 (Wednesday, Nairobi): After ...": a paragraph opening on a run-in heading with a day and no verb sets the
      // day of what follows too, up to the next heading.
      if (line && !answer()) {
        RUN_IN_HEADING.lastIndex = sentence.start;
        const run = RUN_IN_HEADING.exec(text);
        const end = run ? sentence.start + run[0].length : -1;
        const day = run && end <= sentence.end ? own.filter((d) => d.precision === 'day' && d.span.end <= end).pop() : undefined;
        if (day && !(verbs ??= verbsOf(sentence)).some((v) => v < end)) state.heading = day;
      }
      // A line of its own that ends no sentence is a heading: a day heading sets the day of what follows, another ends it.
      LINE_END.lastIndex = sentence.end;
      const whole = line && LINE_END.test(text) ? text.slice(sentence.start, sentence.end) : undefined;
      // "DAY TWO: TALKS" and then "On Thursday, talks ...": a day opening the first sentence under a heading with none is
      // the day of its section.
      const opening = state.dayless && line ? own.find((d) => d.precision === 'day' && d.movesOn && !(verbs ??= verbsOf(sentence)).some((v) => v < d.span.start)) : undefined;
      if (opening) state.heading = opening;
      state.dayless = false;
      if (whole !== undefined && !endsSentence(whole)) {
        state.heading = isDayHeading(whole) ? own.find((d) => d.precision === 'day') : undefined;
        state.carried = state.heading;
        state.dayless = state.heading === undefined;
      }
      // A place's relative clause that tells an event moves the story on too ("is in Fiji, where he held talks
      // yesterday"); one that tells something else does not ("the Gaza Strip, where a truce took effect on Sunday").
      const moving = own.filter((d) => d.movesOn || d.scope?.kind === 'setting' && eventTypesIn(ctx, d.scope.span).size > 0);
      if (moving.length > 0) state.reached = moving[moving.length - 1]!.date;
      // "YEREVAN, OCTOBER 7, ARMENPRESS.": a dateline opening the story gives the day it was published, not a day its
      // paragraph reaches (an event told after it with no day may have been told elsewhere with one).
      const dateline = state.leadOpen && moving.length > 0 && moving.every((d) => d.date === published) && (verbs ??= verbsOf(sentence)).length === 0;
      const day = dateline ? undefined : moving.filter((d) => d.precision === 'day').pop();
      if (day) { state.carried = day; state.last = day; }
      const named = own.filter((d) => d.precision === 'day' && d.scope?.kind !== 'period' && d.scope?.kind !== 'recalled').pop();
      if (named) { state.named = named.date; state.namedIn = s; }
      const stated = moving.filter((d) => d.basis === 'stated').pop();
      if (stated) state.year = Number(stated.date.slice(0, 4));
      if (state.leadOpen && dateLineDates(text.slice(sentence.start, sentence.end)) === null) {
        // "MONTEVIDEO / ASUNCIÓN (Special envoy).": a line with no verb is a dateline or a byline, not one of the lede's
        // sentences.
        if (own.length > 0 || (verbs ??= verbsOf(sentence)).length > 0) state.leadLeft--;
        const near = (d: DateExpression): boolean => d.precision === 'day' && (Date.parse(published) - Date.parse(d.date)) / 86_400_000 <= LEAD_REACH_DAYS;
        state.lede.push(...moving.filter(near));
        // A day named in it, not one counted ("A day after taking office" counts back from the story's own day).
        state.ledeSequences.push(...own.filter((d) => !d.movesOn && d.scope?.kind === 'sequence' && near(d) && !COUNTED_DAY.test(text.slice(d.span.start, d.span.end))));
      }
      if (state.leadOpen && state.leadLeft <= 0 && (firstEvent === undefined || s >= firstEvent)) {
        state.leadOpen = false;
        state.ledeEnd = s;
      }
    }
  };
  const readLede = (): void => {
    while (state.leadOpen && state.read < ctx.sentences.length) readUpTo(state.read);
  };
  return {
    dates: (s) => { readUpTo(s); return dates[s] ?? []; },
    carried: (s) => { readUpTo(s); return carried[s]; },
    ledeEnd: () => {
      readLede();
      return state.ledeEnd ?? ctx.sentences.length - 1;
    },
    lede: () => {
      readLede();
      // A lede whose only day is in a sequence ("after taking his oath on Thursday, receiving X") tells that day's story.
      return state.lede.length > 0 ? state.lede : state.ledeSequences;
    },
  };
}
