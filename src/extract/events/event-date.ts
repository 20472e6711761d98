// Dates each event: a date the sentence states wins, the one nearest the trigger; otherwise the date
// of the article's main event (the first date its opening sentences give, within a week before
// publication), otherwise the publication date with precision `inferred`. Standing relations keep no
// date unless the sentence dates them (a state that joined a bloc "on Thursday").
import type { IsoDate } from '../../document/types.gen.js';
import { findDateExpressions, type DateExpression } from '../dates/date-expressions.js';
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
    return candidates.map((e) => {
      const stated = datesOf(e.sentence);
      const nearest = [...stated].sort((a, b) => distance(a, e) - distance(b, e))[0];
      if (e.dated === 'never' || (e.dated === 'stated' && !nearest)) return { ...e, date: null, datePrecision: 'none' as const };
      if (nearest) {
        ctx.trace('event-date', () => `${e.type} dated ${nearest.date} from "${ctx.article.text.slice(nearest.span.start, nearest.span.end)}"`, e.sentence);
        return { ...e, date: nearest.date, datePrecision: nearest.precision, dateBasis: nearest.basis };
      }
      if (main) return { ...e, date: main.date, datePrecision: main.precision, dateBasis: 'article' as const };
      return { ...e, date: ctx.on as IsoDate, datePrecision: 'inferred' as const, dateBasis: 'publication' as const };
    });
  },
};

function distance(d: DateExpression, e: EventCandidate): number {
  return d.span.start >= e.trigger.end ? d.span.start - e.trigger.end : e.trigger.start - d.span.end;
}
