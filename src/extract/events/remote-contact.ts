// What a call's words say besides the call, and calls other words imply. "A and B discussed the war by phone",
// "held talks via video link": talks whose clause names a remote medium were a call, not a meeting in person
// (GOLD_FORMAT counts video calls as calls). "X congratulated Y by telephone" and "a congratulatory call" report
// both a call and a congratulation, whichever of the two the lexicon read first; so does what a call was made for
// ("called on Friday to congratulate him").
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { tokenFrom } from '../text/tokens.js';
import { firstWhere } from '../sorted.js';
import { verbBefore } from './modality-filter.js';

/** How many words before an event noun may describe it: "the [virtual bilateral] summit", "a [three-way] telephone call". */
export const NOUN_DESCRIPTION = 3;

/** How many tokens after the trigger the medium may start ("discussed [the situation in Gaza] by phone"). */
const MEDIUM_REACH = 14;

/**
 * The remote medium the trigger's own words name after its first ("held a virtual meeting", "held phone talks"), or its clause after it
 * ("by phone") before the next event's word (the offset `next`, -1 for none), if any.
 */
function remoteMedium(ctx: EventContext, e: EventCandidate, next: number): string | undefined {
  const { keys, tokens } = ctx.sentences[e.sentence]!;
  const first = tokenFrom(tokens, e.trigger.start);
  const after = tokenFrom(tokens, e.trigger.end);
  const end = after < 0 ? tokens.length : after;
  if (first < 0 || first + 1 >= tokens.length) return undefined;
  // "held separate phone talks": a medium the trigger's own words name before its noun; "the virtual bilateral summit":
  // or the words before an event noun, back to its determiner.
  const { remoteModifiers } = ctx.knowledge.lexicon.spokenContact;
  for (let i = first + 1; i < end - 1; i++) if (remoteModifiers.has(keys[i]!)) return keys[i];
  if (e.voice === 'noun') {
    for (let i = first - 1; i >= 0 && first - i <= NOUN_DESCRIPTION && !ctx.knowledge.lexicon.grammar.determiners.has(keys[i]!) && tokens[i]!.kind === 'word'; i--) {
      if (remoteModifiers.has(keys[i]!)) return keys[i];
    }
  }
  // A medium past the next event's word, or among the words that describe it, is that event's ("the first summit since
  // the virtual summit of 2020"); but a call's words that end a medium's phrase ("via videoconference", "by telephone")
  // are read (a bare modifier, "virtual", describes the call's noun).
  const { remote } = ctx.knowledge.lexicon.spokenContact;
  let stop = next >= 0 ? tokenFrom(tokens, next) : -1;
  const medium = stop > 0 && (remote.longestAt(keys, stop - 1)?.length ?? 0) > 1;
  if (medium) stop++;
  const { determiners, prepositions } = ctx.knowledge.lexicon.grammar;
  for (const bound = stop; !medium && stop - 1 > first && bound - (stop - 1) <= NOUN_DESCRIPTION && !determiners.has(keys[stop - 1]!) && !prepositions.has(keys[stop - 1]!) && tokens[stop - 1]!.kind === 'word';) stop--;
  const reach = Math.min(end - first - 1 + MEDIUM_REACH, stop > first ? stop - first - 1 : Infinity);
  return remote.firstWithin(keys, first + 1, reach, ctx.knowledge.lexicon.grammar.clauseBreaks)?.payloads[0];
}

/**
 * "called on Friday evening to congratulate him", "phoned Y to thank him": the trigger is the infinitive of purpose
 * of a call verb before it in its clause.
 */
function purposeOfCall(ctx: EventContext, e: EventCandidate): boolean {
  const lex = ctx.knowledge.lexicon;
  const sentence = ctx.sentences[e.sentence]!;
  const at = tokenFrom(sentence.tokens, e.trigger.start);
  return at >= 1 && sentence.keys[at - 1] === lex.infinitive && verbBefore(lex, lex.spokenContact.callVerbs, sentence, at, e.trigger.start);
}

/** The token range [first, end) a trigger covers. */
function tokensOf(ctx: EventContext, e: EventCandidate): [number, number] {
  const { tokens } = ctx.sentences[e.sentence]!;
  const first = tokenFrom(tokens, e.trigger.start);
  const end = tokenFrom(tokens, e.trigger.end);
  return [first, end < 0 ? tokens.length : end];
}

/** "received a congratulatory call from X": the congratulation noun inside a call's words, as a noun trigger of its own. */
function congratulationWithin(ctx: EventContext, e: EventCandidate): EventCandidate | undefined {
  const { tokens, keys } = ctx.sentences[e.sentence]!;
  const [first, end] = tokensOf(ctx, e);
  for (let i = first + 1; i < end; i++) {
    const m = ctx.knowledge.lexicon.events.matchesAt(tokens, keys, i).find((r) => r.type === 'congratulation' && r.voice === 'noun' && !r.negative);
    if (m) {
      const trigger = { start: tokens[i]!.start, end: tokens[Math.min(m.end, tokens.length) - 1]!.end };
      return { ...e, type: 'congratulation', voice: 'noun', trigger, cameo: m.cameo, ...(m.plover ? { plover: m.plover } : {}) };
    }
  }
  return undefined;
}

/** Whether a congratulation's own words name a call ("a congratulatory call", "congratulatory telephone call"). */
function namesCall(ctx: EventContext, e: EventCandidate): boolean {
  const { keys } = ctx.sentences[e.sentence]!;
  const [first, end] = tokensOf(ctx, e);
  return keys.slice(first, end).some((k) => ctx.knowledge.lexicon.spokenContact.callWords.has(k) && k !== 'called');
}

export const remoteContact: Stage<EventCandidate, EventContext> = {
  id: 'remote-contact',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out: EventCandidate[] = [];
    const quote = (e: EventCandidate): string => ctx.article.text.slice(e.trigger.start, e.trigger.end);
    // By sentence, where its events' words start, in order: found by halving, not by a scan per event.
    const starts = new Map<number, number[]>();
    for (const o of candidates) {
      if (o.voice === 'relation') continue;
      const list = starts.get(o.sentence);
      if (list) list.push(o.trigger.start);
      else starts.set(o.sentence, [o.trigger.start]);
    }
    for (const list of starts.values()) list.sort((a, b) => a - b);
    for (const e of candidates) {
      if (e.voice === 'relation') { out.push(e); continue; }
      const inner = e.type === 'phone_call' ? congratulationWithin(ctx, e) : undefined;
      if (inner) ctx.trace('remote-contact', () => `the call at "${quote(e)}" also congratulates: "${quote(inner)}"`, e.sentence);
      // Where the sentence's next event's word starts (-1 for none).
      const list = starts.get(e.sentence) ?? [];
      const next = list[firstWhere(list.length, (n) => list[n]! >= e.trigger.end)] ?? -1;
      const medium = e.type === 'meeting' || e.type === 'congratulation' ? remoteMedium(ctx, e, next) ?? (e.type === 'congratulation' && namesCall(ctx, e) ? quote(e) : undefined) : undefined;
      if (!medium && e.type !== 'phone_call' && e.type !== 'signed' && purposeOfCall(ctx, e)) {
        ctx.trace('remote-contact', () => `${e.type} at "${quote(e)}" is what a call was made for: a call too`, e.sentence);
        if (e.type !== 'meeting') out.push(e);
        out.push({ ...e, type: 'phone_call', cameo: '041', plover: 'CONSULT' });
        continue;
      }
      if (medium) ctx.trace('remote-contact', () => `${e.type} at "${quote(e)}" ${e.type === 'meeting' ? 'read as' : 'also reports'} a call: "${medium}"`, e.sentence);
      if (!medium || e.type === 'congratulation') out.push(e);
      if (medium) out.push({ ...e, type: 'phone_call', cameo: '041', plover: 'CONSULT' });
      if (inner) out.push(inner);
    }
    return out;
  },
};
