// "In a phone call on Tuesday, A and B discussed X": talks a sentence reports between the same two people as
// a call it also reports are that call, not a meeting in person.
import type { EventCandidate, EventContext, Stage } from '../types.js';

const pairKey = (e: EventCandidate): string => `${e.sentence}|${[e.source, e.target].sort().join('|')}`;

export const callOverMeeting: Stage<EventCandidate, EventContext> = {
  id: 'call-over-meeting',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const calls = new Set(candidates.filter((e) => e.type === 'phone_call' && e.source && e.target).map(pairKey));
    if (calls.size === 0) return [...candidates];
    return candidates.filter((e) => {
      const call = e.type === 'meeting' && e.source !== undefined && e.target !== undefined && calls.has(pairKey(e));
      if (call) ctx.trace('call-over-meeting', () => `dropped meeting ${e.source} → ${e.target}: the sentence reports their call`, e.sentence);
      return !call;
    });
  },
};
