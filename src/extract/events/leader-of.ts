// Proposes leader_of for every person tied to a state the article names: the state the text gives
// their title ("Russian President"), else the one the gazetteer says they served on the day (or last
// served, for former leaders). Heads of international organisations serve no state and get none.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Mention, Stage } from '../types.js';
import { stateOf, statesNamed } from './participants.js';

export const leaderOf: Stage<EventCandidate, EventContext> = {
  id: 'leader-of',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const named = statesNamed(ctx);
    const firstOf = new Map<EntityKey, Mention>();
    for (const m of ctx.mentions) {
      if (m.kind !== 'leader' || m.candidates.length !== 1) continue;
      const key = m.candidates[0]!;
      // The mention that carries the title is the best evidence.
      if (!firstOf.has(key) || (m.role?.state && !firstOf.get(key)!.role?.state)) firstOf.set(key, m);
    }
    const out = [...candidates];
    for (const [leader, m] of firstOf) {
      const state = stateOf(ctx, leader);
      if (!state || !named.has(state)) continue;
      const span = m.role?.span && m.role.span.start < m.span.start ? { start: m.role.span.start, end: m.span.end } : m.span;
      out.push({ type: 'leader_of', sentence: m.sentence, trigger: span, span, voice: 'relation', by: 'leader-of', source: leader, target: state, dated: 'never' });
    }
    return out;
  },
};
