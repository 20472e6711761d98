// Heads of state or government who sign one text together in one act met to do it: a signing with two to four of
// them as signers gives a meeting between each pair of two states, on the signing's day. More sign a summit's text,
// which is no meeting of every pair (GOLD_FORMAT: joint talks of at most four); ministers who sign at a ceremony are
// there for their leaders' meeting, not a meeting of their own.
import { HEAD_OFFICES } from '../../knowledge/gazetteer.js';
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { JOINT_TALKS_PARTIES } from './argument-binding.js';
import { compatriots, heads, officeOf, stateOf } from './participants.js';

/**
 * The person heads a state or government, by the title the article gives or by the gazetteer: a crown prince who is
 * also prime minister heads his government under either title.
 */
function head(ctx: EventContext, person: EntityKey): boolean {
  const office = officeOf(ctx, person);
  return office !== undefined ? HEAD_OFFICES.has(office) || ctx.knowledge.gazetteer.headsOn(person, ctx.on) : heads(ctx, person);
}

export const coSigningMeeting: Stage<EventCandidate, EventContext> = {
  id: 'co-signing-meeting',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out = [...candidates];
    const acts = new Map<string, EventCandidate[]>();
    for (const e of candidates) {
      if (e.type !== 'signed' || e.voice === 'relation' || !e.source?.startsWith('leader/')) continue;
      const key = `${e.trigger.start} ${e.target}`;
      const list = acts.get(key);
      if (list) list.push(e);
      else acts.set(key, [e]);
    }
    for (const signings of acts.values()) {
      const signers = [...new Set(signings.map((e) => e.source!))];
      // Counted by the states that sign: a fifth state's minister beside four leaders makes it a summit's text.
      const states = new Set(signers.map((k) => stateOf(ctx, k) ?? k));
      const people = signers.filter((k) => head(ctx, k));
      if (people.length > JOINT_TALKS_PARTIES || states.size > JOINT_TALKS_PARTIES) continue;
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          // Two of one state meet at home, not in diplomacy.
          if (compatriots(ctx, people[i]!, people[j]!)) continue;
          const first = signings[0]!;
          out.push({ ...first, type: 'meeting', source: people[i]!, target: people[j]!, by: 'co-signing-meeting', cameo: '040', plover: 'CONSULT' });
          ctx.trace('co-signing-meeting', () => `meeting ${people[i]} — ${people[j]}: signed together`, first.sentence);
        }
      }
    }
    return out;
  },
};
