// People present together in person met: "held talks with Y in the presence of Z" (Z met both), "the accord was
// signed by X and Y in a ceremony witnessed by A and B", "A and B witnessed the signing of" (A and B met). Joint talks count for each pair of at most four people
// (GOLD_FORMAT), so larger gatherings give nothing.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { inSentence } from '../mentions/util.js';
import { tokenFrom } from '../text/tokens.js';
import { JOINT_TALKS_PARTIES } from './argument-binding.js';
import { stateOf } from './participants.js';

/** The people named after a presence phrase ("in the presence of", "witnessed by") up to the end of its clause. */
function presentAfter(ctx: EventContext, sentence: number): { people: EntityKey[]; start: number; end: number } | undefined {
  const { keys, tokens } = ctx.sentences[sentence]!;
  const { syntax, grammar } = ctx.knowledge.lexicon;
  const mentions = inSentence(ctx.mentions, sentence);
  for (let i = 0; i < keys.length; i++) {
    const phrase = syntax.presencePhrases.longestAt(keys, i);
    if (!phrase) continue;
    const from = tokens[i + phrase.length - 1]!.end;
    // "under the auspices of Brazil's foreign minister, X": the comma before the name a title stands for ends no clause.
    const apposed = (j: number): number => {
      const named = keys[j] === ',' && tokens[j + 1] ? mentions.find((m) => m.kind === 'leader' && m.span.start === tokens[j + 1]!.start && m.role && m.role.span.start >= from) : undefined;
      return named ? tokenFrom(tokens, named.span.end) : -1;
    };
    let end = i + phrase.length;
    while (end < keys.length && keys[end] !== ';' && keys[end] !== '.') {
      const past = apposed(end);
      if (past < 0 && grammar.clauseBreaks.has(keys[end]!)) break;
      end = past > 0 ? past : end + 1;
    }
    const to = end < tokens.length ? tokens[end]!.start : Infinity;
    const people = [...new Set(mentions
      .filter((m) => m.kind === 'leader' && m.candidates.length === 1 && m.span.start >= from && m.span.end <= to)
      .map((m) => m.candidates[0]!))];
    if (people.length > 0) return { people, start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end };
  }
  return undefined;
}

/** The people who watched a signing ("A and B witnessed the signing of"), when two or more. */
function watchersOf(ctx: EventContext, events: readonly EventCandidate[]): { people: EntityKey[]; start: number; end: number } | undefined {
  const watched = events.find((e) => e.witnesses !== undefined);
  const people = (watched?.witnesses ?? []).filter((k) => k.startsWith('leader/'));
  return watched && people.length >= 2 ? { people, start: watched.trigger.start, end: watched.trigger.end } : undefined;
}

export const coPresence: Stage<EventCandidate, EventContext> = {
  id: 'co-presence',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out = [...candidates];
    const bySentence = new Map<number, EventCandidate[]>();
    for (const e of candidates) {
      if (e.voice === 'relation' || !e.source || !e.target || (e.type !== 'meeting' && e.type !== 'signed')) continue;
      const list = bySentence.get(e.sentence);
      if (list) list.push(e);
      else bySentence.set(e.sentence, [e]);
    }
    for (const [sentence, events] of bySentence) {
      const present = presentAfter(ctx, sentence) ?? watchersOf(ctx, events);
      if (!present) continue;
      // Those present met one another, and the parties of talks beside them.
      // Signers are not the talks' parties: witnesses of a signing met one another, not the ministers who signed.
      const meetings = events.filter((e) => e.type === 'meeting' && e.by !== 'co-signing-meeting');
      // A mediator of another state at two people's signing ("signed by A and B, in the presence of C"): the signers and
      // the mediator met, each pair.
      const signers = [...new Set(events.filter((e) => e.type === 'signed' && e.source!.startsWith('leader/')).map((e) => e.source!))];
      const signerStates = new Set(signers.map((k) => stateOf(ctx, k)));
      const mediated = meetings.length === 0 && signers.length === 2 && signerStates.size === 2 && !signerStates.has(undefined)
        && present.people.every((k) => { const state = stateOf(ctx, k); return state !== undefined && !signerStates.has(state); });
      const parties = [...new Set(mediated ? signers : meetings.flatMap((e) => [e.source!, e.target!]))].filter((k) => !present.people.includes(k));
      const everyone = [...parties, ...present.people];
      if (everyone.length < 2 || everyone.length > JOINT_TALKS_PARTIES) continue;
      const template = meetings[0] ?? events[0]!;
      const pairs: [EntityKey, EntityKey][] = [];
      for (const p of present.people) for (const q of parties) pairs.push([q, p]);
      for (let i = 0; i < present.people.length; i++) for (let j = i + 1; j < present.people.length; j++) pairs.push([present.people[i]!, present.people[j]!]);
      if (mediated) pairs.push([signers[0]!, signers[1]!]);
      for (const [source, target] of pairs) {
        out.push({ ...template, type: 'meeting', source, target, by: 'co-presence', cameo: '040', plover: 'CONSULT' });
        ctx.trace('co-presence', () => `meeting ${source} — ${target}: present together ("${ctx.article.text.slice(present.start, present.end)}")`, sentence);
      }
    }
    return out;
  },
};
