// Proposes party_to for the states and blocs an agreement binds, in order of evidence: those that
// signed it; those its name or a following "between ..." list names ("free trade agreement between
// Iran and the EAEU"); else those the sentence names before it (read through "the two countries");
// else, for a declaration a summit adopted, the bloc last named.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Mention, Stage } from '../types.js';
import { inSentence } from '../mentions/util.js';
import { articleFrame, participantsIn, stateOf } from './participants.js';

const BETWEEN_REACH = 12;

/** The parties listed from an offset on, as long as only commas and "and" separate them. */
function listAfter(ctx: EventContext, parties: readonly Mention[], from: number): Mention[] {
  const list: Mention[] = [];
  let at = from;
  for (const p of [...parties].sort((a, b) => a.span.start - b.span.start)) {
    if (p.span.start < at) continue;
    const gap = ctx.article.text.slice(at, p.span.start).trim().replace(/^(?:,|and|, and)\s*/, '').replace(/^the$/i, '');
    if (gap !== '') break;
    list.push(p);
    at = p.span.end;
  }
  return list;
}

export const partyTo: Stage<EventCandidate, EventContext> = {
  id: 'party-to',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const frame = articleFrame(ctx, candidates);
    const out = [...candidates];
    const seen = new Set<string>();
    const add = (party: EntityKey, m: Mention, why: string): void => {
      const agreement = m.candidates[0]!;
      const id = `${party} ${agreement}`;
      if (seen.has(id) || !(party.startsWith('state/') || party.startsWith('bloc/'))) return;
      seen.add(id);
      out.push({ type: 'party_to', sentence: m.sentence, trigger: m.span, span: m.span, voice: 'relation', by: 'party-to', source: party, target: agreement, dated: 'never' });
      ctx.trace('party-to', () => `party_to ${party} → ${agreement} (${why})`, m.sentence);
    };
    const toParty = (key: EntityKey): EntityKey | undefined => (key.startsWith('leader/') ? stateOf(ctx, key) : key);
    const agreements = ctx.mentions.filter((m) => m.kind === 'agreement' && m.candidates.length === 1);

    // Signers are parties, unless the sentence makes them witnesses or mediators.
    const words = ctx.knowledge.lexicon.agreementWords;
    for (const e of candidates) {
      if (e.type !== 'signed' || !e.source || !e.target) continue;
      const sentence = ctx.sentences[e.sentence]!;
      if (sentence.tokens.some((t) => words.nonPartySigners.has(t.norm))) continue;
      const party = toParty(e.source);
      const m = agreements.find((a) => a.candidates[0] === e.target && a.sentence === e.sentence) ?? agreements.find((a) => a.candidates[0] === e.target);
      if (party && m) add(party, m, 'signed it');
    }
    const withParties = new Set(out.filter((e) => e.type === 'party_to').map((e) => e.target));
    for (const m of agreements) {
      if (m.via === 'anaphora') continue;
      const key = m.candidates[0]!;
      const sentence = ctx.sentences[m.sentence]!;
      const tokens = sentence.tokens;
      // Named in the agreement's own words ("between Iran and the EAEU", "gas hub in Turkey"), or in a
      // "between ..." list soon after it ("agreed in Istanbul between Russia, Ukraine, Turkey and the UN").
      const parties = inSentence(ctx.mentions, m.sentence).filter((p) => (p.kind === 'state' || p.kind === 'bloc') && p.candidates.length === 1);
      // A capital in a name is where it was agreed ("Astana Declaration"), not who agreed it.
      const named = parties.filter((p) => p.span.start >= m.span.start && p.span.end <= m.span.end && p.via !== 'capital' && p.via !== 'metonym');
      const located = named.some((p) => tokens.find((t) => t.end <= p.span.start && t.end >= p.span.start - 4)?.norm === 'in');
      const end = tokens.findIndex((t) => t.start >= m.span.end);
      const between = end < 0 ? -1 : tokens.slice(end, end + BETWEEN_REACH).findIndex((t) => t.norm === 'between');
      if (between >= 0 && named.length === 0) named.push(...listAfter(ctx, parties, tokens[end + between]!.end));
      for (const p of named) add(p.candidates[0]!, m, 'named with it');
      // A project "in Turkey" is placed there; who builds it is read from the sentence too.
      if ((named.length > 0 && !located) || withParties.has(key)) continue;
      // The states acting before it in its sentence, if two or more, unless the clause is negated ("is not a party to").
      const before = participantsIn(ctx, sentence, frame).filter((p) => p.span.end <= m.span.start && (p.kind === 'mention' || p.kind === 'frame'));
      const clause = ctx.article.text.slice(before[0]?.span.start ?? m.span.start, m.span.start).toLowerCase().split(/\W+/);
      const states = [...new Set(before.flatMap((p) => p.keys).map(toParty).filter((k): k is EntityKey => k?.startsWith('state/') === true))];
      if (states.length >= 2 && !clause.some((w) => ctx.knowledge.lexicon.grammar.negators.has(w))) {
        for (const s of states) add(s, m, 'states acting in its sentence');
        continue;
      }
      if (before.length > 0) continue;
      // "The summit adopted the Astana Declaration": the bloc last named.
      const verb = tokens.slice(0, tokens.findIndex((t) => t.start >= m.span.start)).reverse().find((t) => t.kind === 'word' && !ctx.knowledge.lexicon.grammar.determiners.has(t.norm));
      if (verb && words.adoptingVerbs.has(verb.norm)) {
        const bloc = ctx.mentions.filter((b) => b.kind === 'bloc' && b.candidates.length === 1 && b.span.end <= m.span.start).pop();
        if (bloc) add(bloc.candidates[0]!, m, 'adopted by the bloc last named');
      }
    }
    return out;
  },
};
