// Dates each event: a date the sentence states wins — the first after the trigger and before the next
// one ("held talks ... on December 8, and received ... on February 14"), else the nearest before it;
// otherwise a day stated earlier in the same paragraph; otherwise the date of the article's main event
// (the first day its opening sentences give, within a week before publication); otherwise the
// publication date with precision `inferred`. Standing relations keep no date unless the sentence dates
// them (a state that joined a bloc "on Thursday").
import type { IsoDate } from '../../document/types.gen.js';
import { findDateExpressions, type DateExpression } from '../dates/date-expressions.js';
import { firstWhere } from '../sorted.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';

const LEAD_SENTENCES = 2;
const LEAD_REACH_DAYS = 7;

function mainDate(ctx: EventContext, datesOf: (s: number) => DateExpression[]): DateExpression | undefined {
  const published = ctx.on!;
  for (let s = 0; s < Math.min(LEAD_SENTENCES, ctx.sentences.length); s++) {
    const d = datesOf(s).find((x) => x.precision === 'day');
    if (!d) continue;
    const days = (Date.parse(published) - Date.parse(d.date)) / 86_400_000;
    if (days >= 0 && days <= LEAD_REACH_DAYS) return d;
  }
  return undefined;
}

export const eventDate: Stage<EventCandidate, EventContext> = {
  id: 'event-date',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    if (ctx.on === null) {
      return candidates.map((e) => ({ ...e, date: null, datePrecision: 'none' as const }));
    }
    const cache = new Map<number, DateExpression[]>();
    const datesOf = (s: number): DateExpression[] => {
      if (!cache.has(s)) {
        const sentence = ctx.sentences[s]!;
        cache.set(s, findDateExpressions(ctx.article.text, { start: sentence.start, end: sentence.end }, ctx.on!));
      }
      return cache.get(s)!;
    };
    const main = mainDate(ctx, datesOf);
    const triggers = triggersBySentence(candidates);
    const paragraphDay = paragraphDays(ctx, datesOf);
    return candidates.map((e) => {
      const nearest = statedFor(e, datesOf(e.sentence), triggers.get(e.sentence)!);
      if (e.dated === 'never' || (e.dated === 'stated' && !nearest)) return { ...e, date: null, datePrecision: 'none' as const };
      if (nearest) {
        ctx.trace('event-date', () => `${e.type} dated ${nearest.date} from "${ctx.article.text.slice(nearest.span.start, nearest.span.end)}"`, e.sentence);
        return { ...e, date: nearest.date, datePrecision: nearest.precision, dateBasis: nearest.basis };
      }
      const earlier = paragraphDay(e.sentence);
      if (earlier) return { ...e, date: earlier.date, datePrecision: earlier.precision, dateBasis: 'article' as const };
      if (main) return { ...e, date: main.date, datePrecision: main.precision, dateBasis: 'article' as const };
      return { ...e, date: ctx.on as IsoDate, datePrecision: 'inferred' as const, dateBasis: 'publication' as const };
    });
  },
};

/** Where the triggers of each sentence start and end, each list sorted, for the neighbours of a trigger. */
interface TriggerBounds {
  readonly starts: number[];
  readonly ends: number[];
}

function triggersBySentence(candidates: readonly EventCandidate[]): Map<number, TriggerBounds> {
  const bySentence = new Map<number, TriggerBounds>();
  for (const e of candidates) {
    const bounds = bySentence.get(e.sentence) ?? { starts: [], ends: [] };
    if (e.voice !== 'relation') { bounds.starts.push(e.trigger.start); bounds.ends.push(e.trigger.end); }
    bySentence.set(e.sentence, bounds);
  }
  for (const { starts, ends } of bySentence.values()) { starts.sort((a, b) => a - b); ends.sort((a, b) => a - b); }
  return bySentence;
}

/** `stated` is in text order, and dates do not overlap one another. */
function statedFor(e: EventCandidate, stated: readonly DateExpression[], triggers: TriggerBounds): DateExpression | undefined {
  if (stated.length === 0) return undefined;
  const { start, end } = e.trigger;
  // The next trigger's start and the previous one's end bound the dates that are this trigger's own.
  const { starts, ends } = triggers;
  const next = starts[firstWhere(starts.length, (i) => starts[i]! > end)] ?? Number.POSITIVE_INFINITY;
  const previous = ends[firstWhere(ends.length, (i) => ends[i]! >= start) - 1] ?? Number.NEGATIVE_INFINITY;
  const firstAfter = firstWhere(stated.length, (i) => stated[i]!.span.start >= end);
  const after = stated[firstAfter];
  const lastBefore = stated[firstWhere(stated.length, (i) => stated[i]!.span.end > start) - 1];
  if (after && after.span.start < next) return after;
  if (lastBefore && lastBefore.span.start > previous) return lastBefore;
  // Else the nearest on either side, the one before on a tie (a date overlapping the trigger is nearest of all).
  const before = stated[firstAfter - 1];
  if (!before) return after;
  if (!after) return before;
  return after.span.start - end < start - before.span.end ? after : before;
}

/**
 * For each sentence, the last day stated in an earlier sentence of the same paragraph (no line break in
 * between), worked out once per paragraph rather than by walking back from every event.
 */
function paragraphDays(ctx: EventContext, datesOf: (s: number) => DateExpression[]): (sentence: number) => DateExpression | undefined {
  const known = new Map<number, DateExpression | undefined>([[0, undefined]]);
  const dayBefore = (s: number): DateExpression | undefined => {
    const gap = ctx.article.text.slice(ctx.sentences[s - 1]!.end, ctx.sentences[s]!.start);
    return gap.includes('\n') ? undefined : datesOf(s - 1).filter((d) => d.precision === 'day').pop() ?? known.get(s - 1);
  };
  return (sentence) => {
    let s = sentence;
    while (!known.has(s)) s--;
    for (s++; s <= sentence; s++) known.set(s, dayBefore(s));
    return known.get(sentence);
  };
}
