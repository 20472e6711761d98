// Drops an event between states when the same event is also read between their leaders: "Russia and
// Iran signed the treaty" and "the two presidents put their signatures to it" are one signing, by the
// people acting for the states. Same type, same day, same other party.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { SYMMETRIC } from './argument-binding.js';
import { stateOf } from './participants.js';

export const actorMerge: Stage<EventCandidate, EventContext> = {
  id: 'actor-merge',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const events = candidates.filter((e) => e.voice !== 'relation' && e.source && e.target);
    const actsFor = (k: EntityKey): EntityKey => (k.startsWith('leader/') ? stateOf(ctx, k) ?? k : k);
    // Every (type, date, side, other side) a leader takes part in, seen as their state.
    const byLeaders = new Set<string>();
    for (const e of events) {
      const ends = SYMMETRIC.has(e.type) ? [[e.source!, e.target!], [e.target!, e.source!]] : [[e.source!, e.target!]];
      for (const [a, b] of ends) {
        if (a!.startsWith('leader/')) byLeaders.add(`${e.type}|${e.date}|s|${actsFor(a!)}|${actsFor(b!)}`);
        if (b!.startsWith('leader/')) byLeaders.add(`${e.type}|${e.date}|t|${actsFor(b!)}|${actsFor(a!)}`);
      }
    }
    return candidates.filter((e) => {
      if (e.voice === 'relation' || !e.source || !e.target) return true;
      const stateSource = !e.source.startsWith('leader/') && byLeaders.has(`${e.type}|${e.date}|s|${e.source}|${actsFor(e.target)}`);
      const stateTarget = !e.target.startsWith('leader/') && byLeaders.has(`${e.type}|${e.date}|t|${e.target}|${actsFor(e.source)}`);
      const drop = (stateSource && e.target.startsWith('leader/')) || (stateTarget && e.source.startsWith('leader/'))
        || (stateSource && stateTarget) || (stateSource && !e.target.startsWith('leader/') && !e.target.startsWith('state/'));
      if (drop) ctx.trace('actor-merge', () => `dropped ${e.type} ${e.source} → ${e.target}: the same event is read between their leaders`, e.sentence);
      return !drop;
    });
  },
};
