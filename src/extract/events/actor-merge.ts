// Drops an event between states when the same event is also read between their leaders: "Russia and
// Iran signed the treaty" and "the two presidents put their signatures to it" are one signing, by the
// people acting for the states; "Oslo accused Reykjavik" and "the Norwegian minister accused Iceland" are
// one accusation, by the minister. Same type, same day, same other party.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { SYMMETRIC } from './argument-binding.js';
import { actsFor } from './participants.js';

export const actorMerge: Stage<EventCandidate, EventContext> = {
  id: 'actor-merge',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const events = candidates.filter((e) => e.voice !== 'relation' && e.source && e.target);
    const partyOf = (k: EntityKey): EntityKey => actsFor(ctx, k);
    const people = (e: EventCandidate): number => Number(e.source!.startsWith('leader/')) + Number(e.target!.startsWith('leader/'));
    // Every (type, date, side, other side) a leader takes part in, seen as their state, with the most people an event
    // read there has: only an event with more people at its ends stands for one with fewer ("X supported Y's state" and
    // "X's state supported Y" are each read once, neither in place of the other).
    // The other side by its state, and a person by themself too: a person's event stands only for their own.
    const others = (k: EntityKey): EntityKey[] => (k.startsWith('leader/') ? [partyOf(k), k] : [partyOf(k)]);
    const byLeaders = new Map<string, number>();
    const note = (key: string, n: number): void => { byLeaders.set(key, Math.max(byLeaders.get(key) ?? 0, n)); };
    for (const e of events) {
      const ends = SYMMETRIC.has(e.type) ? [[e.source!, e.target!], [e.target!, e.source!]] : [[e.source!, e.target!]];
      for (const [a, b] of ends) {
        if (a!.startsWith('leader/')) for (const o of others(b!)) note(`${e.type}|${e.date}|s|${partyOf(a!)}|${o}`, people(e));
        if (b!.startsWith('leader/')) for (const o of others(a!)) note(`${e.type}|${e.date}|t|${partyOf(b!)}|${o}`, people(e));
      }
    }
    return candidates.filter((e) => {
      if (e.voice === 'relation' || !e.source || !e.target) return true;
      const more = (key: string): boolean => (byLeaders.get(key) ?? 0) > people(e);
      // "The minister accused Iceland" is not the president's accusation of Iceland's leader the same day.
      const other = (k: EntityKey): EntityKey => (k.startsWith('leader/') ? k : partyOf(k));
      const stateSource = !e.source.startsWith('leader/') && more(`${e.type}|${e.date}|s|${e.source}|${other(e.target)}`);
      const stateTarget = !e.target.startsWith('leader/') && more(`${e.type}|${e.date}|t|${e.target}|${other(e.source)}`);
      const drop = (stateSource && e.target.startsWith('leader/')) || (stateTarget && e.source.startsWith('leader/'))
        || (stateSource && stateTarget) || (stateSource && !e.target.startsWith('leader/'));
      if (drop) ctx.trace('actor-merge', () => `dropped ${e.type} ${e.source} → ${e.target}: the same event is read between their leaders`, e.sentence);
      return !drop;
    });
  },
};
