// Dates each event: a date the sentence states for it wins — one right before the verb ("X on Monday condemned"),
// else the first after the trigger and before the next one ("held talks ... on December 8, and received ... on
// February 14"), else the nearest before it; a date in a subordinate phrase dates only the events inside that
// phrase ("met X, who invited Y to a summit in July"), and a phrase that tells an event of the same kind with a day of
// its own dates it again ("after a long call on January 8").
// Otherwise a day stated earlier in the same paragraph; otherwise the day the article gave a meeting the sentence
// names ("on the sidelines of the summit"); otherwise the article's main date (the day its lede gives the same
// event, else the lede's first day, within a week before publication; not for a paragraph after the lede that opens
// with news of other parties in the present perfect, "X has accused Y"); otherwise the day of an event the sentence
// tells it followed ("after she was sworn in on Friday"); otherwise the day the article tells the same event with in
// the week before publication; otherwise the publication date with precision `inferred`. Standing
// relations keep no date unless the sentence dates them (a state that joined a bloc "on Thursday"), and a habit
// ("met 27 times") is dropped unless its sentence gives one of its days. A month and year the sentence states take
// the one day the article gives in that month, if it gives exactly one. How each date is read and resolved is the
// timeline's business.
import type { EdgeType, EntityKey, IsoDate } from '../../document/types.gen.js';
import { opensOnTalks, SYMMETRIC } from './argument-binding.js';
import { actsFor, ARGUMENT_REACH, interviewDay } from './participants.js';
import type { DateExpression } from '../dates/date-expressions.js';
import { inQuotation, quotations } from '../text/quotes.js';
import { eventTypesIn, readTimeline, type Timeline } from '../dates/timeline.js';
import { fold } from '../text/fold.js';
import { tagsOf } from '../text/pos.js';
import { pastTense } from '../../knowledge/inflect.js';
import { tokenFrom, tokenize } from '../text/tokens.js';
import type { Sentence } from '../text/sentences.js';
import { extended } from '../extended.js';
import { firstWhere } from '../sorted.js';
import { inSentence } from '../mentions/util.js';
import type { EventCandidate, EventContext, Span, Stage } from '../types.js';

const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);

export const eventDate: Stage<EventCandidate, EventContext> = {
  id: 'event-date',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const published = ctx.on;
    if (published === null) {
      return candidates.map((e) => extended(e, { date: null, datePrecision: 'none' as const }));
    }
    if (candidates.length === 0) return [];
    let firstEvent: number | undefined;
    for (const e of candidates) if (e.voice !== 'relation' && (firstEvent === undefined || e.sentence < firstEvent)) firstEvent = e.sentence;
    const timeline = readTimeline({ ...ctx, on: published }, firstEvent);
    const triggers = triggersBySentence(candidates);
    const quote = (d: DateExpression): string => ctx.article.text.slice(d.span.start, d.span.end);
    // The timeline reads sentences only as far as it is asked: a standing relation asks nothing, and the lede is read
    // when an event first needs it.
    let main: ((e: EventCandidate) => DateExpression | undefined) | undefined;
    let meetings: ((e: EventCandidate) => DateExpression | undefined) | undefined;
    let days: ReadonlyMap<string, DateExpression> | undefined;
    let retellers: ((e: EventCandidate, stated: DateExpression | undefined) => DateExpression | undefined) | undefined;
    const quoteCache = new Map<number, Span[]>();
    // The day each agreement's signing was first told with a date of its own.
    const signings = new Map<string, DateExpression>();
    const quotesOf = (s: number): Span[] => {
      let q = quoteCache.get(s);
      if (!q) quoteCache.set(s, q = quotations(ctx.article.text, ctx.sentences[s]!));
      return q;
    };
    // A sentence's dates outside names, found once a sentence: an endless sentence holds as many events as names.
    const datesOutside = new Map<number, readonly DateExpression[]>();
    const datesOf = (sentence: number): readonly DateExpression[] => {
      let dates = datesOutside.get(sentence);
      if (!dates) datesOutside.set(sentence, dates = outsideNames(ctx, sentence, timeline.dates(sentence)));
      return dates;
    };
    // The events no date was stated for: dated afterwards by the same event told with a day elsewhere in the article.
    const undated = new Set<EventCandidate>();
    // The events dated by the article's main date: dated afterwards by the talks of the same two people just before.
    const byLede = new Set<EventCandidate>();
    // The day an interview was given, read when a stance in the present or a "this morning" first asks (null: not yet read).
    let interviewOn: IsoDate | undefined | null = null;
    const interviewedOn = (): IsoDate | undefined => (interviewOn === null ? (interviewOn = interviewDay(ctx, (s) => timeline.dates(s).find((d) => d.precision === 'day')?.date)) : interviewOn);
    let ledeParties: ReadonlySet<EntityKey> | undefined;
    const anotherStory = (e: EventCandidate): boolean => {
      if (e.sentence <= timeline.ledeEnd() || !opensParagraph(ctx, e.sentence) || !presentPerfect(ctx, e)) return false;
      ledeParties ??= new Set(candidates.filter((c) => c.sentence <= timeline.ledeEnd()).flatMap((c) => [c.source, c.target]).filter((k) => k !== undefined));
      return !ledeParties.has(e.source!) && !ledeParties.has(e.target!);
    };
    const out = candidates.flatMap((e): EventCandidate | EventCandidate[] => {
      if (e.dated === 'never') return extended(e, { date: null, datePrecision: 'none' as const });
      const usable = usableBy(e, datesOf(e.sentence));
      const first = statedFor(ctx.article.text, e, usable, triggers.get(e.sentence)!, ctx.knowledge.lexicon.grammar.preverbalAdverbs);
      const stated = first && gappedDate(ctx, e, first, usable, triggers.get(e.sentence)!) || first;
      const again = (retellers ??= retelling(ctx, timeline))(e, stated);
      // "two months after A and B signed a treaty, during a visit to Y on June 19": a month counted or named without its
      // day is the day of that month the sentence gives later.
      const month = again ?? stated;
      // "..., X was quoted as saying in a readout of Monday's talks": what the sentence tells happened at the talks it
      // names by their day.
      const own = (month?.precision === 'month' && month.basis === 'relative'
        ? datesOf(e.sentence).find((d) => d.precision === 'day' && d.span.start > month.span.end && d.date.startsWith(month.date.slice(0, 7))) ?? month
        : month) ?? talksDay(ctx, e.sentence, datesOf(e.sentence));
      if (e.dated === 'stated' && !own) {
        if (e.voice === 'relation') return extended(e, { date: null, datePrecision: 'none' as const });
        ctx.trace('event-date', () => `dropped ${e.type}: a habit its sentence gives no day of`, e.sentence);
        return [];
      }
      // A stance told in the present ("Russia supports X", "Mexico condemns the raid on Friday") is taken as the article
      // is written: not on a day the paragraph or the lede told of before, nor on the day of what it is about. Acts
      // in the present are narrative ("X confers with Y in Oslo on Thursday", under a photograph) and keep their day, and
      // so does a stance quoted in the present: it is taken the day it was said ("'We condemn it,' X said on Friday").
      // Told inside a quotation, its own day read outside it: the day it was told.
      const toldOn = (d: DateExpression): boolean => inQuotation(quotesOf(e.sentence), e.trigger.start) && !inQuotation(quotesOf(e.sentence), d.span.start);
      // Reported without quotation marks too: "Turkey stands by Azerbaijan, Erdogan said on Monday". With no day of its
      // own, a quotation its speaker "told" or "said" is of the day the paragraph has reached ('In Washington on Friday,
      // ... "We support X," Y told reporters').
      const quotedInPast = !own && inQuotation(quotesOf(e.sentence), e.trigger.start) && pastSpeech(ctx, e.sentence, quotesOf(e.sentence)) && timeline.carried(e.sentence) !== undefined;
      if ((!own || own.span.start > e.trigger.end) && e.dated === 'event' && STANCES.has(e.type) && !quotedInPast && !(own && (toldOn(own) || saidOn(ctx, e, own) || captionDate(ctx, e, own))) && inPresent(ctx, e, own !== undefined)) {
        // In an interview, the present is the day the interview was given.
        const interviewed = interviewedOn();
        if (interviewed) {
          ctx.trace('event-date', () => `${e.type} dated ${interviewed}, the day of the interview: told in the present`, e.sentence);
          return extended(e, { date: interviewed, datePrecision: 'day' as const, dateBasis: 'article' as const });
        }
        ctx.trace('event-date', () => `${e.type} dated ${published} from publication: told in the present`, e.sentence);
        return extended(e, { date: published as IsoDate, datePrecision: 'inferred' as const, dateBasis: 'publication' as const });
      }
      // "After X burned a Koran on January 21, Ankara condemned ...": with no day of its own, an event the sentence opens
      // by telling what it followed took place that day, whatever day the paragraph or the lede is at.
      const opening = own ? undefined : openingSequence(ctx, e, datesOf(e.sentence));
      if (opening) {
        ctx.trace('event-date', () => `${e.type} dated ${opening.date} from "${quote(opening)}", the day of what the sentence opens by telling it followed`, e.sentence);
        return extended(e, { date: opening.date, datePrecision: opening.precision, dateBasis: 'article' as const });
      }
      const carried = timeline.carried(e.sentence);
      // An act a quotation tells in the past ("'I congratulated him,' X told reporters on Wednesday") is not dated by the
      // day it was told, outside the quotation, when the paragraph has reached a day of its own; a stance it tells in the
      // present is ('they "condemn" the decision', said on Thursday).
      if (own && carried && toldOn(own) && !(STANCES.has(e.type) && presentVerbAt(ctx, e) >= 0)) {
        ctx.trace('event-date', () => `${e.type} dated ${carried.date} from "${quote(carried)}" earlier in the paragraph: "${quote(own)}" is the day it was told`, e.sentence);
        return extended(e, { date: carried.date, datePrecision: carried.precision, dateBasis: 'article' as const });
      }
      const meeting = carried || own ? undefined : (meetings ??= meetingDays(ctx, timeline))(e);
      const earlier = carried ?? meeting;
      // "X has accused Y" opening a paragraph after the lede, of parties its events do not name: another story's news,
      // of the day, not the lede's story.
      const lede = earlier || anotherStory(e) ? undefined : (main ??= mainDate(ctx, newsDays(ctx, timeline)))(e);
      const context = earlier ?? lede;
      if (own && !(context && refines(ctx.article.text, own, context))) {
        const day = own.precision === 'month' && own.basis === 'stated' ? (days ??= daysByMonth(ctx, timeline)).get(own.date.slice(0, 7)) : undefined;
        if (day) {
          ctx.trace('event-date', () => `${e.type} dated ${day.date} from "${quote(day)}", the one day the article gives in "${quote(own)}"`, e.sentence);
          return extended(e, { date: day.date, datePrecision: day.precision, dateBasis: 'article' as const });
        }
        // "reaffirmed its support for X and promised the systems agreed earlier this year": a month or a year after the
        // trigger, where the paragraph or the lede has reached a day, is most often another verb's; the day stands. Not
        // a month of another year stated ("signed a pact in March 2023", in a story of 2025, is the signing's).
        // Only past another verb: "did so in May" is in May.
        const otherYear = own.basis === 'stated' && own.date.slice(0, 4) !== context?.date.slice(0, 4);
        if (own.precision !== 'day' && own.span.start > e.trigger.end && context?.precision === 'day' && !otherYear && verbBetween(ctx, e, own)) {
          ctx.trace('event-date', () => `${e.type} dated ${context.date} from "${quote(context)}": "${quote(own)}" after it names no day`, e.sentence);
          return extended(e, { date: context.date, datePrecision: context.precision, dateBasis: 'article' as const });
        }
        // "I spoke with X this morning", in an interview given the day before it was published: that day's morning.
        const interviewed = DEICTIC.test(quote(own)) ? interviewedOn() : undefined;
        const date = interviewed && interviewed !== published ? shifted(own.date, interviewed, published) : own.date;
        ctx.trace('event-date', () => `${e.type} dated ${date} from "${quote(own)}"${again ? ', in a phrase that tells the same kind of event' : ''}${date !== own.date ? ', counted from the day of the interview' : ''}`, e.sentence);
        const dated = extended(e, { date, datePrecision: own.precision, dateBasis: own.basis });
        if (e.type === 'signed' && e.target && !signings.has(e.target)) signings.set(e.target, own);
        // "received him on Nov. 22, 2019, and again on July 20": the same event on another day.
        const repeated = repeatedOn(ctx.sentences[e.sentence]!, own, datesOf(e.sentence), triggers.get(e.sentence)!);
        if (!repeated) return dated;
        ctx.trace('event-date', () => `${e.type} told again on ${repeated.date} from "${quote(repeated)}"`, e.sentence);
        return [dated, extended(e, { date: repeated.date, datePrecision: repeated.precision, dateBasis: repeated.basis })];
      }
      // "A and B signed a pact in March 2023. The deal was signed by X and Y": a signing the sentence gives no day of, of
      // an agreement whose signing was dated before, is that one.
      const signedOn = !own && e.type === 'signed' && e.target ? signings.get(e.target) : undefined;
      if (signedOn) {
        ctx.trace('event-date', () => `${e.type} dated ${signedOn.date} from "${quote(signedOn)}", the day its agreement was signed`, e.sentence);
        return extended(e, { date: signedOn.date, datePrecision: signedOn.precision, dateBasis: 'article' as const });
      }
      if (earlier) {
        ctx.trace('event-date', () => `${e.type} dated ${earlier.date} from "${quote(earlier)}"${meeting ? ', the day of the meeting it names' : ' earlier in the paragraph'}`, e.sentence);
        return extended(e, { date: earlier.date, datePrecision: earlier.precision, dateBasis: 'article' as const });
      }
      if (lede) {
        ctx.trace('event-date', () => `${e.type} dated ${lede.date} from "${quote(lede)}", the article's main date`, e.sentence);
        const dated = extended(e, { date: lede.date, datePrecision: lede.precision, dateBasis: 'article' as const });
        byLede.add(dated);
        return dated;
      }
      // "X congratulated Y after she was sworn in on Friday": with no day of its own, an event told as following
      // another that has one took place that day.
      const following = followed(ctx, e, datesOf(e.sentence)).filter((d) => d.scope!.span.start >= e.trigger.end);
      if (following.length === 1) {
        const day = following[0]!;
        ctx.trace('event-date', () => `${e.type} dated ${day.date} from "${quote(day)}", the day of what it followed`, e.sentence);
        return extended(e, { date: day.date, datePrecision: day.precision, dateBasis: 'article' as const });
      }
      const fallback = extended(e, { date: published as IsoDate, datePrecision: 'inferred' as const, dateBasis: 'publication' as const });
      undated.add(fallback);
      return fallback;
    });
    const continued = retoldRightAfter(ctx, continuedTalks(ctx, published, out, byLede), byLede);
    return undated.size === 0 ? continued : datedElsewhere(ctx, published, continued, undated);
  },
};

/** Whether a verb stands between the trigger and a date after it: the date is in that verb's phrase. */
function verbBetween(ctx: EventContext, e: EventCandidate, d: DateExpression): boolean {
  const sentence = ctx.sentences[e.sentence]!;
  const from = tokenFrom(sentence.tokens, e.trigger.end);
  const to = tokenFrom(sentence.tokens, d.span.start);
  return from >= 0 && to > from && tagsOf(ctx.article.text, sentence).pos.slice(from, to).includes('VERB');
}

/** Words that count a day from the one the text is written on ("today", "this morning", "yesterday"). */
const DEICTIC = /\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening)|last night)\b/i;

/** `date` moved by as many days as `to` is from `from`. */
function shifted(date: IsoDate, to: IsoDate, from: IsoDate): IsoDate {
  return new Date(Date.parse(date) + Date.parse(to) - Date.parse(from)).toISOString().slice(0, 10) as IsoDate;
}

/** Prepositions that put what a sentence tells at the talks after them ("at", "during", "a readout of"). */
const AT_TALKS: ReadonlySet<string> = new Set(['at', 'during', 'of', 'in']);
/** Words before "of" that put it before or around the talks instead ("ahead of", "on the eve of"). */
const AROUND_TALKS: ReadonlySet<string> = new Set(['ahead', 'eve', 'front', 'outside', 'run-up', 'wake']);

/** The day of talks the sentence names by their day after "at", "during" or "of" ("a readout of Monday's talks"). */
function talksDay(ctx: EventContext, sentence: number, dates: readonly DateExpression[]): DateExpression | undefined {
  const { tokens, keys } = ctx.sentences[sentence]!;
  return dates.find((d) => {
    if (d.precision !== 'day' || d.scope?.kind !== 'attribute') return false;
    const first = tokenFrom(tokens, d.span.start);
    let after = tokenFrom(tokens, d.span.end);
    if (keys[after] === "'" && keys[after + 1] === 's') after += 2;
    else if (keys[after] === 's') after++;
    return first > 0 && AT_TALKS.has(keys[first - 1]!) && !(keys[first - 1] === 'of' && AROUND_TALKS.has(keys[first - 2] ?? ''))
      && ctx.knowledge.lexicon.events.matchesAt(tokens, keys, after).some((m) => (m.type === 'meeting' || m.type === 'phone_call') && !m.negative);
  });
}

/** How many sentences after two people's dated talks an act of both of them may be told as part of them. */
const TALKS_REACH = 4;

/**
 * "X received a call from Y on Thursday. During the call, ... The two ministers condemned the aggression": an act both
 * people of the talks told just before take together, with no day of its own, happened at those talks, not on the
 * article's main date.
 */
function continuedTalks(ctx: EventContext, published: IsoDate, events: readonly EventCandidate[], byLede: ReadonlySet<EventCandidate>): EventCandidate[] {
  const recent = recentTo(published);
  const talk = (e: EventCandidate): boolean => (e.type === 'meeting' || e.type === 'phone_call') && e.source?.startsWith('leader/') === true
    && e.target?.startsWith('leader/') === true && e.datePrecision === 'day' && e.dateBasis !== 'publication' && !byLede.has(e);
  if (!events.some(talk)) return [...events];
  // The people each trigger's events join, together: "the two ministers condemned X" gives one edge each.
  const people = new Map<number, Set<EntityKey>>();
  for (const e of events) {
    const set = people.get(e.trigger.start) ?? new Set<EntityKey>();
    for (const k of [e.source, e.target]) if (k?.startsWith('leader/')) set.add(k);
    people.set(e.trigger.start, set);
  }
  let talks: EventCandidate | undefined;
  // "During the call, both leaders condemned the attempt to seize power on Wednesday": what a sentence opening on the
  // talks tells happened at them, whatever day its words name.
  const onTalks = new Map<number, boolean>();
  const opensOn = (s: number): boolean => {
    let opens = onTalks.get(s);
    if (opens === undefined) onTalks.set(s, opens = opensOnTalks(ctx, ctx.sentences[s]!));
    return opens;
  };
  return events.map((e) => {
    if (talks && e.sentence > talks.sentence && e.sentence - talks.sentence <= TALKS_REACH && e.date !== talks.date && e.voice !== 'relation'
      && (byLede.has(e) && [talks.source!, talks.target!].every((k) => people.get(e.trigger.start)!.has(k))
        // A day the article gave (the meeting it names) stands; one its own words name is the day of what it is about.
        || e.dateBasis !== 'article' && opensOn(e.sentence))) {
      const day = talks;
      ctx.trace('event-date', () => `${e.type} dated ${day.date} from the talks told in sentence ${day.sentence}`, e.sentence);
      return extended(e, { date: day.date!, datePrecision: day.datePrecision!, dateBasis: 'article' as const });
    }
    // Only talks the article reports as news: not ones recalled from months before.
    if (talk(e)) talks = recent(e.date!) ? e : undefined;
    return e;
  });
}

/**
 * The days of the sentence's phrases that tell what the event followed ("after she was sworn in on Friday"); not when
 * one counts from it ("two weeks after"), nor when it tells an event of the same kind (its own).
 */
function followed(ctx: EventContext, e: EventCandidate, dates: readonly DateExpression[]): DateExpression[] {
  return dates.filter((d) => d.precision === 'day' && d.scope?.kind === 'sequence'
    && FOLLOWING.test(ctx.article.text.slice(d.scope.span.start, d.scope.span.end))
    && !COUNTED.test(ctx.article.text.slice(Math.max(0, d.scope.span.start - COUNT_REACH), d.scope.span.start))
    && !eventTypesIn(ctx, d.scope.span).has(e.type));
}

/** The one such day of a phrase that opens the sentence, before the event's words ("After X on Friday, Y condemned"). */
function openingSequence(ctx: EventContext, e: EventCandidate, dates: readonly DateExpression[]): DateExpression | undefined {
  const opens = ctx.sentences[e.sentence]!.start;
  const found = followed(ctx, e, dates).filter((d) => d.scope!.span.end <= e.trigger.start && /^\W*$/.test(ctx.article.text.slice(opens, d.scope!.span.start)));
  return found.length === 1 ? found[0] : undefined;
}

/** The opener of a phrase whose event came first: "after she was sworn in on Friday". */
const FOLLOWING = /^\s*after\b/i;
/** A span of time right before it counts from the other event ("two weeks after"). */
const COUNTED = /\b(?:hours?|days?|weeks?|months?|years?)\s*$/i;
const COUNT_REACH = 12;

/** How many days before publication the day of an event told elsewhere may be, for an undated telling to be it. */
const RETOLD_DAYS = 7;
const DAY_MS = 86_400_000;

/** Whether a day falls in the week before publication. */
function recentTo(published: IsoDate): (date: IsoDate) => boolean {
  const until = Date.parse(published);
  return (date) => { const t = Date.parse(date); return t <= until && until - t <= RETOLD_DAYS * DAY_MS; };
}

/**
 * "Caracas accuses Georgetown of provocations" over a body that says the foreign minister did so on Wednesday: an
 * event no date is stated for, told elsewhere in the article with a day in the week before publication (the same
 * type between the same parties, a person counting as their state), is that event; otherwise it is dated by
 * publication (the two met last year and again today).
 */
function datedElsewhere(ctx: EventContext, published: IsoDate, events: readonly EventCandidate[], undated: ReadonlySet<EventCandidate>): EventCandidate[] {
  const recent = recentTo(published);
  const pairKey = (type: EdgeType, a: EntityKey, b: EntityKey): string => `${type}|${actsFor(ctx, a)}|${actsFor(ctx, b)}`;
  const days = new Map<string, EventCandidate>();
  for (const e of events) {
    if (undated.has(e) || !e.source || !e.target || !e.date || e.datePrecision !== 'day' || !recent(e.date)) continue;
    for (const key of SYMMETRIC.has(e.type) ? [pairKey(e.type, e.source, e.target), pairKey(e.type, e.target, e.source)] : [pairKey(e.type, e.source, e.target)]) {
      if (!days.has(key)) days.set(key, e);
    }
  }
  return events.map((e) => {
    const told = undated.has(e) && e.source && e.target ? days.get(pairKey(e.type, e.source, e.target)) : undefined;
    if (!told) {
      if (undated.has(e)) ctx.trace('event-date', () => `${e.type} dated ${e.date} from publication: no date stated`, e.sentence);
      return e;
    }
    ctx.trace('event-date', () => `${e.type} dated ${told.date} from the same event told with its day in sentence ${told.sentence}`, e.sentence);
    return extended(e, { date: told.date!, datePrecision: told.datePrecision!, dateBasis: 'article' as const });
  });
}

/**
 * "X expressed on Monday its condemnation of Y's strike. In a statement, it described the strike as a crime": an event
 * dated by the article's main date, told right after a sentence that gave the same event of the same pair a day of its
 * own, is that event again, across a paragraph break too.
 */
function retoldRightAfter(ctx: EventContext, events: EventCandidate[], byLede: ReadonlySet<EventCandidate>): EventCandidate[] {
  if (byLede.size === 0) return events;
  const key = (e: EventCandidate, sentence: number): string => {
    const [a, b] = [actsFor(ctx, e.source!), actsFor(ctx, e.target!)];
    return `${sentence}|${e.type}|${SYMMETRIC.has(e.type) && b < a ? `${b}|${a}` : `${a}|${b}`}`;
  };
  const told = new Map<string, EventCandidate>();
  for (const e of events) {
    if (e.source && e.target && !byLede.has(e) && e.datePrecision === 'day' && e.dateBasis !== 'publication') told.set(key(e, e.sentence), e);
  }
  return events.map((e) => {
    const before = byLede.has(e) && e.source && e.target ? told.get(key(e, e.sentence - 1)) : undefined;
    if (!before || before.date === e.date) return e;
    ctx.trace('event-date', () => `${e.type} dated ${before.date} from the same event told with its day in the sentence before`, e.sentence);
    return extended(e, { date: before.date!, datePrecision: before.datePrecision!, dateBasis: 'article' as const });
  });
}

/** How many words may stand between "again" and the date it repeats an event on ("and again [on] July 20"). */
const AGAIN_REACH = 2;

/**
 * "met X in March 2022 and again in March 2023": a date after `own` that "again" opens, following "and" or a comma, with
 * no other trigger between: the event's sentence tells it twice.
 */
function repeatedOn(sentence: Sentence, own: DateExpression, dates: readonly DateExpression[], triggers: TriggerBounds): DateExpression | undefined {
  const { tokens, keys } = sentence;
  // Only dates before the next trigger can repeat this event; both lists are in text order, so halving finds them.
  const { starts } = triggers;
  const next = starts[firstWhere(starts.length, (i) => starts[i]! > own.span.end)] ?? Number.POSITIVE_INFINITY;
  for (let n = firstWhere(dates.length, (i) => dates[i]!.span.start > own.span.end); n < dates.length && dates[n]!.span.start <= next; n++) {
    const d = dates[n]!;
    // The words between the two dates, read back from the second.
    const first = tokenFrom(tokens, own.span.end);
    const end = tokenFrom(tokens, d.span.start);
    let again = end - 1;
    while (again > first && end - 1 - again <= AGAIN_REACH && keys[again] !== 'again') again--;
    if (keys[again] === 'again' && again > first && end - 1 - again <= AGAIN_REACH && (keys[again - 1] === 'and' || keys[again - 1] === ',')) return d;
  }
  return undefined;
}

/**
 * A sentence's dates but those inside an agreement's name ("the Alma-Ata Declaration of 1991"): they date the document;
 * and those inside a person's ("January Makamba"): they date nothing.
 */
function outsideNames(ctx: EventContext, sentence: number, dates: readonly DateExpression[]): readonly DateExpression[] {
  if (dates.length === 0) return dates;
  const names = inSentence(ctx.mentions, sentence).filter((m) => m.kind === 'agreement' || m.kind === 'leader' && m.via !== 'role');
  if (names.length === 0) return dates;
  // Both in text order: one pass, a date inside a name when a name started before it ends after it.
  const out: DateExpression[] = [];
  let j = 0;
  let reach = -1;
  for (const d of dates) {
    while (j < names.length && names[j]!.span.start <= d.span.start) reach = Math.max(reach, names[j++]!.span.end);
    if (reach < d.span.end) out.push(d);
  }
  return out;
}

/** The events a statement makes, as against acts (meetings, calls, signings). */
const STANCES: ReadonlySet<EdgeType> = new Set(['condemnation', 'congratulation', 'shared_stance', 'support']);

/** "X congratulates Y after ..., Kuala Lumpur, May 26, 2025.": a caption's closing date, after a comma, is its photograph's day. */
function captionDate(ctx: EventContext, e: EventCandidate, d: DateExpression): boolean {
  const sentence = ctx.sentences[e.sentence]!;
  const text = ctx.article.text;
  return /,\s*$/.test(text.slice(Math.max(sentence.start, d.span.start - 2), d.span.start)) && /^[\s.]*$/.test(text.slice(d.span.end, sentence.end));
}

/** Whether a verb of speech in the past outside the sentence's quotations reports them ('"...," Y told reporters'). */
function pastSpeech(ctx: EventContext, index: number, quotes: readonly Span[]): boolean {
  const sentence = ctx.sentences[index]!;
  const { lemma } = tagsOf(ctx.article.text, sentence);
  return sentence.keys.some((k, i) => ctx.knowledge.lexicon.syntax.speechVerbs.has(k) && pastTense(k, lemma(i)) && !inQuotation(quotes, sentence.tokens[i]!.start));
}

/** "Turkey stands by Azerbaijan, Erdogan said on Monday": the date is the day of a speech verb after the trigger's clause. */
function saidOn(ctx: EventContext, e: EventCandidate, d: DateExpression): boolean {
  if (d.span.start < e.trigger.end) return false;
  const { tokens, keys } = ctx.sentences[e.sentence]!;
  let i = firstWhere(tokens.length, (n) => tokens[n]!.start >= d.span.start) - 1;
  if (keys[i] === 'on') i--;
  if (i < 0 || !ctx.knowledge.lexicon.syntax.speechVerbs.has(keys[i]!)) return false;
  return ctx.article.text.slice(e.trigger.end, tokens[i]!.start).includes(',');
}

/**
 * The trigger is the sentence's first verb, in the simple present ("Russia supports", "We condemn"): its own form or an
 * -s form of its lemma. A verb before it may report it ("noting that X supports" tells the day of the noting), and
 * an auxiliary or "to" makes it another tense or a plan ("will meet", "did not condemn", "to support"). A base form
 * with a day stated after it is read as a past ("hit back at X on Friday").
 */
/** The trigger's verb in a present form ("condemn", "supports"): its token, or -1. */
function presentVerbAt(ctx: EventContext, e: EventCandidate): number {
  if (e.voice !== 'active' && e.voice !== 'transitive') return -1;
  const sentence = ctx.sentences[e.sentence]!;
  const tokens = sentence.tokens;
  let at = firstWhere(tokens.length, (i) => tokens[i]!.start >= e.trigger.start);
  if (at >= tokens.length) return -1;
  const { pos, lemma } = tagsOf(ctx.article.text, sentence);
  // "firmly opposes": the verb after the trigger's own adverb.
  while (pos[at] === 'ADV' && at + 1 < tokens.length && tokens[at + 1]!.end <= e.trigger.end) at++;
  if (pos[at] !== 'VERB') return -1;
  const word = tokens[at]!.norm;
  const base = lemma(at);
  return word === base || word === `${base}s` || word === `${base}es` || word === `${base.slice(0, -1)}ies` ? at : -1;
}

/** Whether the sentence is the first of its paragraph. */
function opensParagraph(ctx: EventContext, s: number): boolean {
  return s === 0 || ctx.article.text.slice(ctx.sentences[s - 1]!.end, ctx.sentences[s]!.start).includes('\n');
}

/** Whether the event's verb is in the present perfect: "has accused", "have firmly rejected". */
function presentPerfect(ctx: EventContext, e: EventCandidate): boolean {
  if (e.voice !== 'active' && e.voice !== 'transitive') return false;
  const sentence = ctx.sentences[e.sentence]!;
  const at = firstWhere(sentence.tokens.length, (i) => sentence.tokens[i]!.start >= e.trigger.start);
  if (at >= sentence.tokens.length) return false;
  const { pos } = tagsOf(ctx.article.text, sentence);
  if (pos[at] !== 'VERB') return false;
  let before = at - 1;
  while (before >= 0 && pos[before] === 'ADV') before--;
  return before >= 0 && PERFECT_AUXILIARIES.has(sentence.tokens[before]!.norm);
}

function inPresent(ctx: EventContext, e: EventCandidate, dayStated: boolean): boolean {
  const at = presentVerbAt(ctx, e);
  if (at < 0) return false;
  const sentence = ctx.sentences[e.sentence]!;
  const { pos, lemma } = tagsOf(ctx.article.text, sentence);
  let before = at - 1;
  while (before >= 0 && pos[before] === 'ADV') before--;
  // "X hit back at Y on Friday": a base form that may be a past ("hit", "put") is one when a day is stated after it,
  // unless "I" or "we" says it ("we condemn the attack on Saturday" is said today).
  const bare = ctx.knowledge.lexicon.grammar.bareSubjects.has(sentence.keys[before] ?? '');
  if (sentence.tokens[at]!.norm === lemma(at) && dayStated && !bare) return false;
  if (before >= 0 && pos[before] === 'PART') return false;
  // A verb before it in its clause reports it ("said China condemns"); one of a clause joined before does not ("the
  // discharge is irresponsible, and China deplores it").
  const keys = sentence.keys;
  for (let i = before; i >= 0; i--) {
    if (keys[i] === ';' || keys[i] === ',' && ctx.knowledge.lexicon.grammar.clauseConjunctions.has(keys[i + 1] ?? '')) break;
    if (pos[i] === 'VERB' || pos[i] === 'AUX') return false;
  }
  return true;
}

/**
 * A month or year the sentence gives without its year ("this year", "in March"), not set before or after the
 * present ("earlier this year"), says no more than that the event is recent: a day the article gives inside it
 * ("this year marks the anniversary" in a story dated December 12) dates the event more precisely.
 */
function refines(text: string, own: DateExpression, day: DateExpression): boolean {
  if (own.precision === 'day' || own.basis !== 'relative' || day.precision !== 'day') return false;
  if (/\b(?:earlier|later)\s+$/i.test(text.slice(Math.max(0, own.span.start - 8), own.span.start))) return false;
  const period = own.precision === 'year' ? 4 : 7;
  return own.date.slice(0, period) === day.date.slice(0, period);
}

/**
 * The lede's days that may be its news's: not the day of what the news is about, which the lede names by it ("X has
 * condemned Wednesday's operation by Y. Police entered the buildings on Wednesday": the reactions are not Wednesday's).
 * A day so named for an event ("Monday's talks") stays the news's.
 */
function newsDays(ctx: EventContext, timeline: Timeline): readonly DateExpression[] {
  const lede = timeline.lede();
  const about = new Set<IsoDate>();
  for (let s = 0; s <= timeline.ledeEnd(); s++) {
    for (const d of timeline.dates(s)) if (d.scope?.kind === 'attribute' && d.precision === 'day' && eventTypesIn(ctx, d.scope.span).size === 0) about.add(d.date);
  }
  return about.size === 0 ? lede : lede.filter((d) => !about.has(d.date));
}

/**
 * The article's main date for an event: the lede's day for the same event, when the lede reports it in a phrase
 * of its own ("on Wednesday, a day after X signed an accord", then "The six states signed the agreement": the
 * word that fires it stands in the phrase), or in a phrase that fires an event of its type ("X won on Sunday, and
 * congratulations poured in on Monday"); else the lede's first day.
 */
function mainDate(ctx: EventContext, lede: readonly DateExpression[]): (e: EventCandidate) => DateExpression | undefined {
  const text = ctx.article.text;
  const phrases = lede.filter((d) => d.scope).map((d) => ({ d, words: new Set(tokenize(text, d.scope!.span.start, d.scope!.span.end).map((t) => t.norm)) }));
  // "X won on Sunday, and congratulations poured in on Monday": the day of the lede's phrase whose words fire the same type.
  // Dates of one phrase share its types: phrases do not overlap, so a run-on lede is read once.
  const byPhrase = new Map<string, Set<EdgeType>>();
  const types = lede.map((d) => {
    const key = `${d.phrase.start}:${d.phrase.end}`;
    let found = byPhrase.get(key);
    if (!found) byPhrase.set(key, (found = eventTypesIn(ctx, d.phrase)));
    return found;
  });
  return (e) => {
    const word = tokenize(text, e.trigger.start, e.trigger.end).find((t) => t.kind === 'word')?.norm;
    return phrases.find((p) => word !== undefined && p.words.has(word))?.d ?? lede.find((_, i) => types[i]!.has(e.type)) ?? lede[0];
  };
}

/** How many characters may stand between an event noun and the relative clause on it (", which"). */
const OWN_CLAUSE_GAP = 3;

/** "The meeting, which A and B held in Nairobi on 2 May, ...": a relative clause right after the trigger tells of it. */
function ownClause(e: EventCandidate, scope: NonNullable<DateExpression['scope']>): boolean {
  return scope.kind === 'clause' && e.voice === 'noun' && scope.span.start >= e.trigger.end && scope.span.start - e.trigger.end <= OWN_CLAUSE_GAP;
}

/**
 * The dates of the sentence that may date `e`: those of its own phrase when it sits in one that states a date,
 * else those of the main clause. A phrase that opens among the trigger's own words is the trigger's ("came face to
 * face in Doha on ...").
 */
function usableBy(e: EventCandidate, dates: readonly DateExpression[]): DateExpression[] {
  const inside = (d: DateExpression): boolean => d.scope !== undefined && (d.scope.span.start < e.trigger.end && e.trigger.end <= d.scope.span.end || ownClause(e, d.scope));
  const own = dates.filter(inside);
  if (own.length > 0) return own;
  const main = dates.filter((d) => !d.scope);
  // "welcomed X's decision to restore ties on Monday": a day ending a purpose that follows the trigger, the main clause
  // giving none, is the day of what the clause reports.
  return main.length > 0 ? main : dates.filter((d) => d.scope?.kind === 'purpose' && d.scope.span.start >= e.trigger.end && d.precision === 'day');
}

/**
 * A date whose phrase names an event of `e`'s own kind tells that event again with its day ("X spoke to Y by telephone
 * repeatedly; after a long call on January 8, ..."; "X welcomed Y on becoming a member, a spokesman said on Tuesday,
 * after Z announced the accession on Monday"), unless the date `statedFor` chose stands with the trigger in its phrase.
 * A relative clause, a period's bound or a purpose tells of another event, and so does a sequence in the trigger's own
 * clause ("met X, a month after their meeting on July 5"); a sequence past a semicolon belongs to another clause.
 * Each sentence's dates are sorted by the kinds of event their phrases name once, so a run-on sentence stays linear.
 */
function retelling(ctx: EventContext, timeline: Timeline): (e: EventCandidate, stated: DateExpression | undefined) => DateExpression | undefined {
  const { lexicon } = ctx.knowledge;
  const bySentence = new Map<number, { byKind: Map<EdgeType, DateExpression[]>; semicolons: number[] }>();
  const read = (s: number): { byKind: Map<EdgeType, DateExpression[]>; semicolons: number[] } => {
    const known = bySentence.get(s);
    if (known) return known;
    const sentence = ctx.sentences[s]!;
    const { tokens, keys } = sentence;
    const byKind = new Map<EdgeType, DateExpression[]>();
    const dates = timeline.dates(s).filter((d) => !d.scope || d.scope.kind === 'attribute' || d.scope.kind === 'sequence');
    if (dates.length > 0) {
      // By kind, how many words of that kind stand before each token: a phrase names the kind when the count grows across it.
      const counts = new Map<EdgeType, Int32Array>();
      const count = (kind: EdgeType, i: number): void => {
        let c = counts.get(kind);
        if (!c) counts.set(kind, c = new Int32Array(tokens.length + 1));
        c[i + 1] = 1;
      };
      for (let i = 0; i < tokens.length; i++) {
        for (const m of lexicon.events.matchesAt(tokens, keys, i)) if (m.type && !m.negative) count(m.type, i);
        if (lexicon.membershipCues.longestAt(keys, i)?.payloads.includes('joining')) count('member_of', i);
      }
      for (const c of counts.values()) for (let i = 1; i < c.length; i++) c[i]! += c[i - 1]!;
      const at = (offset: number): number => firstWhere(tokens.length, (i) => tokens[i]!.start >= offset);
      for (const d of dates) {
        const from = at(d.phrase.start);
        const to = firstWhere(tokens.length, (i) => tokens[i]!.end > d.phrase.end);
        for (const [kind, c] of counts) {
          if (c[to]! <= c[from]!) continue;
          const list = byKind.get(kind);
          if (list) list.push(d);
          else byKind.set(kind, [d]);
        }
      }
    }
    const semicolons: number[] = [];
    for (const t of tokens) if (t.text === ';') semicolons.push(t.start);
    const found = { byKind, semicolons };
    bySentence.set(s, found);
    return found;
  };
  return (e, stated) => {
    const holdsTrigger = (p: Span): boolean => p.start <= e.trigger.start && e.trigger.end <= p.end;
    if (stated && holdsTrigger(stated.phrase)) return undefined;
    const { byKind, semicolons } = read(e.sentence);
    const apart = (d: DateExpression): boolean => {
      const [from, to] = d.span.start < e.trigger.start ? [d.span.end, e.trigger.start] : [e.trigger.end, d.span.start];
      return (semicolons[firstWhere(semicolons.length, (i) => semicolons[i]! >= from)] ?? Number.POSITIVE_INFINITY) < to;
    };
    // "X met Y on Thursday, and on Friday flew to Z, where W hosted talks": the stated day between such a phrase and
    // the trigger is nearer.
    const nearer = (d: DateExpression): boolean => stated !== undefined && d.span.end <= stated.span.start && stated.span.end <= e.trigger.start;
    // A phrase that does not hold the trigger names its kind with words of its own.
    return byKind.get(e.type)?.find((d) => d !== stated && !holdsTrigger(d.phrase) && !nearer(d) && (d.scope?.kind !== 'sequence' || apart(d)));
  };
}

/**
 * The day of a meeting or call the sentence names with a definite noun ("on the sidelines of the summit", "at the
 * talks", "during the call"): the first day the article gave one so named, before the sentence ("Tuesday's summit", "X
 * took his seat at the summit" in a clause dated today). An event at a meeting or in a call is on its day.
 */
function meetingDays(ctx: EventContext, timeline: Timeline): (e: EventCandidate) => DateExpression | undefined {
  const { lexicon } = ctx.knowledge;
  const { determiners, indefinites, prepositions } = lexicon.grammar;
  const nounsOf = (s: number): number[] => {
    const { tokens, keys } = ctx.sentences[s]!;
    return tokens.flatMap((_, i) => (lexicon.events.matchesAt(tokens, keys, i).some((m) => (m.type === 'meeting' || m.type === 'phone_call') && m.pos === 'noun' && !m.negative) ? [i] : []));
  };
  // "the summit", "the CELAC summit", "Tuesday's summit"; not "a summit", nor a summit after a preposition with no determiner.
  const definite = (s: number, i: number): boolean => {
    const { tokens, keys } = ctx.sentences[s]!;
    for (let j = i - 1; j >= 0; j--) {
      if (keys[j] === POSSESSIVE_S && tokens[j - 1]?.kind === 'punct') return true;
      if (determiners.has(keys[j]!)) return !indefinites.has(keys[j]!);
      if (tokens[j]!.kind === 'punct' || prepositions.has(keys[j]!)) return false;
    }
    return false;
  };
  // "A, B and C held their trilateral meeting": a meeting a light verb's clause holds is told here, not named again.
  const heldHere = (s: number, i: number): boolean => {
    const sentence = ctx.sentences[s]!;
    const { pos, lemma } = tagsOf(ctx.article.text, sentence);
    for (let j = i - 1; j >= 0 && i - j <= HELD_WORDS; j--) {
      if (pos[j] === 'VERB' || pos[j] === 'AUX') return lexicon.syntax.lightVerbs.has(lemma(j));
      if (sentence.tokens[j]!.kind === 'punct' || prepositions.has(sentence.keys[j]!)) return false;
    }
    return false;
  };
  // By noun, the first day given it and the sentence that gave it.
  const days = new Map<string, { day: DateExpression; sentence: number }>();
  // What each sentence's events take: the same for all of them, as only earlier sentences date a meeting.
  const answers = new Map<number, DateExpression | undefined>();
  let read = 0;
  return (e) => {
    for (; read < e.sentence; read++) {
      const stated = timeline.dates(read);
      const daysOf = stated.filter((d) => d.precision === 'day');
      if (daysOf.length === 0) continue;
      const { tokens, keys } = ctx.sentences[read]!;
      const tried = new Set<string>();
      for (const i of nounsOf(read)) {
        if (days.has(keys[i]!) || tried.has(keys[i]!)) continue;
        tried.add(keys[i]!);
        const t = tokens[i]!;
        const within = (d: DateExpression): boolean => d.scope !== undefined && d.scope.span.start <= t.start && t.end <= d.scope.span.end;
        const day = daysOf.find((d) => within(d) && d.scope!.kind === 'attribute') ?? (stated.some(within) ? undefined : daysOf.find((d) => !d.scope));
        if (day) days.set(keys[i]!, { day, sentence: read });
      }
    }
    if (!answers.has(e.sentence)) {
      const keys = ctx.sentences[e.sentence]!.keys;
      const before = (i: number): boolean => (days.get(keys[i]!)?.sentence ?? e.sentence) < e.sentence;
      const named = nounsOf(e.sentence).find((i) => before(i) && definite(e.sentence, i) && !heldHere(e.sentence, i));
      answers.set(e.sentence, named === undefined ? undefined : around(keys, named, days.get(keys[named]!)!.day));
    }
    return answers.get(e.sentence);
  };
}

/**
 * The day of what a sentence tells around the meeting noun at `i`, given the meeting's day: "on the eve of the summit"
 * the day before; "ahead of" or "in the wake of the summit" no day of the meeting's; else the meeting's.
 */
function around(keys: readonly string[], i: number, day: DateExpression): DateExpression | undefined {
  let j = i - 1;
  while (j > 0 && keys[j] !== 'of' && i - j <= AROUND_WORDS) j--;
  const word = keys[j] === 'of' ? keys[j - 1] ?? '' : '';
  if (!AROUND_TALKS.has(word)) return day;
  return word === EVE ? { ...day, date: new Date(Date.parse(day.date) - DAY_MS).toISOString().slice(0, 10) as IsoDate } : undefined;
}

/** How many words may stand between a light verb and the meeting noun it holds ("held [their first trilateral] meeting"). */
const HELD_WORDS = 4;

/** How many words may stand between "of" and a meeting noun ("the eve of [the CELAC] summit"). */
const AROUND_WORDS = 3;
const EVE = 'eve';

/**
 * By month ("2022-11"), the one day the whole article gives in it, for the months it gives exactly one day in: an event
 * a sentence dates by its month and year ("in November 2022") is most likely the one the article tells the day of
 * elsewhere ("That trip, on 4 November 2022, ...").
 */
function daysByMonth(ctx: EventContext, timeline: Timeline): ReadonlyMap<string, DateExpression> {
  const byMonth = new Map<string, DateExpression[]>();
  for (let s = 0; s < ctx.sentences.length; s++) {
    for (const d of timeline.dates(s)) {
      if (d.precision !== 'day') continue;
      const month = byMonth.get(d.date.slice(0, 7)) ?? [];
      if (!month.some((m) => m.date === d.date)) month.push(d);
      byMonth.set(d.date.slice(0, 7), month);
    }
  }
  return new Map([...byMonth].filter(([, list]) => list.length === 1).map(([month, list]) => [month, list[0]!]));
}

/** The "s" of a possessive "'s", as the tokenizer splits it. */
const POSSESSIVE_S = 's';

/**
 * "met X on June 12 and Y the following day": the day after the other party when the day read for the trigger stands
 * between the trigger and the first naming of that party (the day is another object's), before the sentence's next
 * trigger.
 */
function gappedDate(ctx: EventContext, e: EventCandidate, first: DateExpression, dates: readonly DateExpression[], triggers: TriggerBounds): DateExpression | undefined {
  if (first.span.start < e.trigger.end) return undefined;
  // The party the sentence names first after that day, and nowhere before it, within reach: run-on sentences stay linear.
  const here = inSentence(ctx.mentions, e.sentence);
  const from = firstWhere(here.length, (i) => here[i]!.span.start >= e.trigger.start - ARGUMENT_REACH);
  const to = firstWhere(here.length, (i) => here[i]!.span.start > first.span.end + ARGUMENT_REACH);
  const mentions = here.slice(from, to).filter((m) => m.candidates.length === 1 && (m.candidates[0] === e.target || m.candidates[0] === e.source));
  const other = mentions.find((m) => m.span.start >= first.span.end);
  if (!other || mentions.some((m) => m.candidates[0] === other.candidates[0] && m.span.start < first.span.start)) return undefined;
  // Joined to the day by "and": not the subject after an opening phrase ("In a message to X on Sunday, Y said ...").
  if (!GAPPED_JOIN.test(ctx.article.text.slice(first.span.end, other.span.start))) return undefined;
  const next = triggers.starts[firstWhere(triggers.starts.length, (i) => triggers.starts[i]! > e.trigger.end)] ?? Number.POSITIVE_INFINITY;
  const after = dates[firstWhere(dates.length, (i) => dates[i]!.span.start >= other.span.end)];
  return after && after.span.start < next ? after : undefined;
}

/** What joins a day to the next object: "on June 12 and [Kenya's] Y". */
const GAPPED_JOIN = /^,?\s*and\b/i;

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

const CLAUSE_JOINED = /,\s*(?:and|but)\s+$/i;

/** Whether `gap`, between a date and a verb, holds only space and the adverbs a verb takes ("on Monday strongly condemned"). */
function adverbsOnly(gap: string, adverbs: ReadonlySet<string>): boolean {
  return gap.split(/\s+/u).every((w) => w === '' || adverbs.has(fold(w)) || /^\p{L}+ly$/iu.test(w));
}

/** `stated` is in text order, and dates do not overlap one another. */
function statedFor(text: string, e: EventCandidate, stated: readonly DateExpression[], triggers: TriggerBounds, adverbs: ReadonlySet<string>): DateExpression | undefined {
  if (stated.length === 0) return undefined;
  const { start, end } = e.trigger;
  // The next trigger's start and the previous one's end bound the dates that are this trigger's own.
  const { starts, ends } = triggers;
  const next = starts[firstWhere(starts.length, (i) => starts[i]! > end)] ?? Number.POSITIVE_INFINITY;
  const previous = ends[firstWhere(ends.length, (i) => ends[i]! >= start) - 1] ?? Number.NEGATIVE_INFINITY;
  const firstAfter = firstWhere(stated.length, (i) => stated[i]!.span.start >= end);
  // A date that opens a clause joined on after a comma belongs to that clause ("Yesterday I met X, and today I ...",
  // "condemned X, and two days later Y told ...").
  const after = stated[firstAfter] && !CLAUSE_JOINED.test(text.slice(end, stated[firstAfter]!.span.start)) ? stated[firstAfter] : undefined;
  const lastBefore = stated[firstWhere(stated.length, (i) => stated[i]!.span.end > start) - 1];
  // A date right before the verb, adverbs aside, is the clause's own ("X on Monday condemned the strikes carried out on
  // Friday"): one after it then tells of what the object names.
  if (lastBefore && lastBefore.span.start > previous && adverbsOnly(text.slice(lastBefore.span.end, start), adverbs)) return lastBefore;
  if (after && after.span.start < next) return after;
  if (lastBefore && lastBefore.span.start > previous) return lastBefore;
  // Else the nearest on either side, the one before on a tie (a date overlapping the trigger is nearest of all).
  const before = stated[firstAfter - 1];
  if (!before) return after;
  if (!after) return before;
  return after.span.start - end < start - before.span.end ? after : before;
}
