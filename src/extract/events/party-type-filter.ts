// Keeps each event's ends to the node types its type joins (data/lexicon/event-types.json): a meeting or
// a call is between people, so a state named as its party ("visited Indonesia") stands for the one leader
// of that state the article names, and the event is dropped when there is none or more than one.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { stateOf } from './participants.js';

const typeOf = (key: EntityKey): string => key.slice(0, key.indexOf('/'));

export const partyTypeFilter: Stage<EventCandidate, EventContext> = {
  id: 'party-type-filter',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const ends = ctx.knowledge.lexicon.eventEnds;
    let leadersByState: Map<EntityKey, Set<EntityKey>> | undefined;
    const leaderFor = (state: EntityKey): EntityKey | undefined => {
      if (!leadersByState) {
        leadersByState = new Map();
        for (const m of ctx.mentions) {
          if (m.kind !== 'leader' || m.candidates.length !== 1) continue;
          const s = stateOf(ctx, m.candidates[0]!);
          if (s) leadersByState.set(s, (leadersByState.get(s) ?? new Set()).add(m.candidates[0]!));
        }
      }
      const leaders = leadersByState.get(state);
      return leaders?.size === 1 ? [...leaders][0] : undefined;
    };
    const out: EventCandidate[] = [];
    for (const e of candidates) {
      const allowed = ends.get(e.type);
      if (!allowed || !e.source || !e.target || e.voice === 'relation') { out.push(e); continue; }
      const fit = (key: EntityKey): EntityKey | undefined =>
        allowed.has(typeOf(key)) ? key : typeOf(key) === 'state' && allowed.has('leader') ? leaderFor(key) : undefined;
      const source = fit(e.source);
      const target = fit(e.target);
      if (!source || !target || source === target) {
        ctx.trace('party-type-filter', () => `dropped ${e.type} ${e.source} → ${e.target}: ${e.type} joins ${[...allowed].join(' or ')} only`, e.sentence);
        continue;
      }
      out.push(source === e.source && target === e.target ? e : { ...e, source, target });
    }
    return out;
  },
};
