// "The following documents were signed in the presence of the two Prime Ministers:" and a list of agreements, one
// per line ("Memorandum of Understanding between India and Nepal on ..."): each listed agreement was signed by the
// parties its line names, at the talks the readout told last. A readout's list of outcomes names no signer in its
// signing sentence, and no day: it takes the day of the last meeting or signing told before it.
import type { EventCandidate, EventContext, Span, Stage } from '../types.js';
import { cover, inSentence } from '../mentions/util.js';
import { isListMark } from '../text/sentences.js';

/** How many words before the signing verb its auxiliary may stand ("were [formally] signed", "have been signed"). */
const AUXILIARY_REACH = 3;

/** The signing verb of a sentence that ends in a colon and reports, in the passive past, that documents were signed. */
function signingIntroduction(ctx: EventContext, index: number): Span | undefined {
  const { tokens, keys } = ctx.sentences[index]!;
  if (keys[keys.length - 1] !== ':') return undefined;
  const { events, syntax } = ctx.knowledge.lexicon;
  for (let i = 1; i < keys.length; i++) {
    const signing = events.matchesAt(tokens, keys, i).some((m) => m.type === 'signed' && !m.negative);
    if (signing && keys.slice(Math.max(0, i - AUXILIARY_REACH), i).some((k) => syntax.beForms.has(k))) return { start: tokens[i]!.start, end: tokens[i]!.end };
  }
  return undefined;
}

export const listedSigning: Stage<EventCandidate, EventContext> = {
  id: 'listed-signing',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const partiesOf = new Map<string, string[]>();
    for (const e of candidates) {
      if (e.type !== 'party_to' || !e.source || !e.target) continue;
      const key = `${e.sentence} ${e.target}`;
      const list = partiesOf.get(key);
      if (list) list.push(e.source);
      else partiesOf.set(key, [e.source]);
    }
    if (partiesOf.size === 0) return [...candidates];
    const out = [...candidates];
    // By sentence, a dated meeting or signing it tells: the day a list that follows takes.
    const toldIn = new Map<number, EventCandidate>();
    for (const e of candidates) if ((e.type === 'meeting' || e.type === 'signed') && e.voice !== 'relation' && e.date) toldIn.set(e.sentence, e);
    let last: EventCandidate | undefined;
    for (let s = 0; s < ctx.sentences.length; s++) {
      const before = last;
      last = toldIn.get(s) ?? last;
      const trigger = signingIntroduction(ctx, s);
      // None told before the list, no day to give it.
      if (!trigger || !before) continue;
      // The list runs while each line names an agreement; its marks ("i.", "2.") read as sentences of their own.
      for (let item = s + 1; item < ctx.sentences.length; item++) {
        if (isListMark(ctx.sentences[item]!)) continue;
        const m = inSentence(ctx.mentions, item).find((a) => a.kind === 'agreement' && a.candidates.length === 1);
        if (!m) break;
        for (const party of partiesOf.get(`${item} ${m.candidates[0]}`) ?? []) {
          out.push({
            type: 'signed', sentence: s, trigger, span: cover([trigger, m.span]), voice: 'active', by: 'listed-signing', source: party, target: m.candidates[0]!,
            dated: 'event', date: before.date!, ...(before.datePrecision ? { datePrecision: before.datePrecision } : {}), dateBasis: 'article',
          });
          ctx.trace('listed-signing', () => `signed ${party} → ${m.candidates[0]}: listed after a signing sentence, on ${before.date}, the day of the ${before.type} told before`, item);
        }
      }
    }
    return out;
  },
};
