// "The following documents were signed in the presence of the two Prime Ministers:" and a list of agreements, one
// per line ("Memorandum of Understanding between India and Nepal on ..."): each listed agreement was signed by the
// parties its line names, at the talks the readout told last. A readout's list of outcomes names no signer in its
// signing sentence, and no day: it takes the day of the last meeting or signing told before it.
import type { EventCandidate, EventContext, Mention, Span, Stage } from '../types.js';
import { cover, inSentence } from '../mentions/util.js';
import { isListItem, isListMark } from '../text/sentences.js';
import { actsFor } from './participants.js';

/** How many words before the signing verb its auxiliary may stand ("were [formally] signed", "have been signed"). */
const AUXILIARY_REACH = 3;

/**
 * The signing verb of a sentence that ends in a colon and reports, in the passive past, that documents were signed;
 * or that documents were exchanged ("The MoUs, exchanged by officials in the presence of the two Prime Ministers, are:"),
 * as signed texts are.
 */
function signingIntroduction(ctx: EventContext, index: number): Span | undefined {
  const { tokens, keys } = ctx.sentences[index]!;
  if (keys[keys.length - 1] !== ':') return undefined;
  const { events, syntax, agreementWords } = ctx.knowledge.lexicon;
  const documents = keys.some((k) => agreementWords.signedSets.has(k));
  for (let i = 1; i < keys.length; i++) {
    if (documents && agreementWords.exchangingVerbs.has(keys[i]!)) return { start: tokens[i]!.start, end: tokens[i]!.end };
    const signing = events.matchesAt(tokens, keys, i).some((m) => m.type === 'signed' && !m.negative);
    if (signing && keys.slice(Math.max(0, i - AUXILIARY_REACH), i).some((k) => syntax.beForms.has(k))) return { start: tokens[i]!.start, end: tokens[i]!.end };
  }
  return undefined;
}

/**
 * The agreements of the list after sentence `index`, one per line: the list runs while each line is an item that names
 * an agreement; its marks ("i.", "2.") read as sentences of their own.
 */
export function listedAgreementsAfter(ctx: EventContext, index: number): Mention[] {
  const found: Mention[] = [];
  for (let item = index + 1; item < ctx.sentences.length && isListItem(ctx.sentences, item); item++) {
    if (isListMark(ctx.sentences[item]!)) continue;
    const m = inSentence(ctx.mentions, item).find((a) => a.kind === 'agreement' && a.candidates.length === 1);
    if (!m) break;
    found.push(m);
  }
  return found;
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
      for (const m of listedAgreementsAfter(ctx, s)) {
        const item = m.sentence;
        // A line that names no parties ("an MoU on dairy development"): the two states of the talks told before.
        const named = partiesOf.get(`${item} ${m.candidates[0]}`) ?? [];
        const parties = named.length > 0 ? named : before.type === 'meeting' && before.source && before.target ? [actsFor(ctx, before.source), actsFor(ctx, before.target)].filter((k) => k.startsWith('state/')) : [];
        for (const party of parties) {
          out.push({
            type: 'signed', sentence: s, trigger, span: cover([trigger, m.span]), voice: 'active', by: 'listed-signing', source: party, target: m.candidates[0]!,
            dated: 'event', date: before.date!, ...(before.datePrecision ? { datePrecision: before.datePrecision } : {}), dateBasis: 'article',
          });
          ctx.trace('listed-signing', () => `signed ${party} → ${m.candidates[0]}: listed after a signing sentence, on ${before.date}, the day of the ${before.type} told before`, item);
          // Its signers are its parties: the line named none.
          if (named.length === 0) out.push({ type: 'party_to', sentence: item, trigger: m.span, span: m.span, voice: 'relation', by: 'listed-signing', source: party, target: m.candidates[0]!, dated: 'never' });
        }
      }
    }
    return out;
  },
};
