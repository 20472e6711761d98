// Dates each event: a date the sentence states wins — the first after the trigger and before the next
// one ("held talks ... on December 8, and received ... on February 14"), else the nearest before it;
// otherwise a day stated earlier in the same paragraph; otherwise the date of the article's main event
// (the first day its opening sentences give, within a week before publication); otherwise the
// publication date with precision `inferred`. Standing relations keep no date unless the sentence dates
// them (a state that joined a bloc "on Thursday").
import type { IsoDate } from '../../document/types.gen.js';
import { findDateExpressions, type DateExpression } from '../dates/date-expressions.js';
import { inSentence } from '../mentions/util.js';
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
    const triggers = candidates.filter((c) => c.voice !== 'relation');
    return candidates.map((e) => {
      const nearest = statedFor(e, datesOf(e.sentence), triggers);
      if (e.dated === 'never' || (e.dated === 'stated' && !nearest)) return { ...e, date: null, datePrecision: 'none' as const };
      if (nearest) {
        ctx.trace('event-date', () => `${e.type} dated ${nearest.date} from "${ctx.article.text.slice(nearest.span.start, nearest.span.end)}"`, e.sentence);
        return { ...e, date: nearest.date, datePrecision: nearest.precision, dateBasis: nearest.basis };
      }
      const earlier = paragraphDay(ctx, e.sentence, datesOf);
      if (earlier) return { ...e, date: earlier.date, datePrecision: earlier.precision, dateBasis: 'article' as const };
      if (main) return { ...e, date: main.date, datePrecision: main.precision, dateBasis: 'article' as const };
      return { ...e, date: ctx.on as IsoDate, datePrecision: 'inferred' as const, dateBasis: 'publication' as const };
    });
  },
};

function statedFor(e: EventCandidate, stated: readonly DateExpression[], triggers: readonly EventCandidate[]): DateExpression | undefined {
  if (stated.length === 0) return undefined;
  const others = inSentence(triggers, e.sentence).filter((t) => t.trigger.start !== e.trigger.start);
  const next = Math.min(...others.filter((t) => t.trigger.start > e.trigger.end).map((t) => t.trigger.start), Number.POSITIVE_INFINITY);
  const previous = Math.max(...others.filter((t) => t.trigger.end < e.trigger.start).map((t) => t.trigger.end), Number.NEGATIVE_INFINITY);
  const after = stated.find((d) => d.span.start >= e.trigger.end && d.span.start < next);
  const before = [...stated].reverse().find((d) => d.span.end <= e.trigger.start && d.span.start > previous);
  return after ?? before ?? [...stated].sort((a, b) => distance(a, e) - distance(b, e))[0];
}

function distance(d: DateExpression, e: EventCandidate): number {
  return d.span.start >= e.trigger.end ? d.span.start - e.trigger.end : e.trigger.start - d.span.end;
}

/** The last day stated in an earlier sentence of the same paragraph (no line break in between). */
function paragraphDay(ctx: EventContext, sentence: number, datesOf: (s: number) => DateExpression[]): DateExpression | undefined {
  for (let s = sentence - 1; s >= 0; s--) {
    const gap = ctx.article.text.slice(ctx.sentences[s]!.end, ctx.sentences[s + 1]!.start);
    if (gap.includes('\n')) return undefined;
    const day = datesOf(s).filter((d) => d.precision === 'day').pop();
    if (day) return day;
  }
  return undefined;
}
