// "A and B discussed the war by phone", "held talks via video link": talks whose clause names a remote medium
// were a call, not a meeting in person (GOLD_FORMAT counts video calls as calls). "X congratulated Y by
// telephone" reports the call as well as the congratulation.
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { tokenFrom } from '../text/tokens.js';

/** How many tokens after the trigger the medium may start ("discussed [the situation in Gaza] by phone"). */
const MEDIUM_REACH = 10;

function remoteAfter(ctx: EventContext, e: EventCandidate): string | undefined {
  const { keys, tokens } = ctx.sentences[e.sentence]!;
  const { remote } = ctx.knowledge.lexicon.spokenContact;
  const from = tokenFrom(tokens, e.trigger.end);
  if (from < 0) return undefined;
  for (let i = from; i < Math.min(keys.length, from + MEDIUM_REACH); i++) {
    const match = remote.longestAt(keys, i);
    if (match) return match.payloads[0];
    if (ctx.knowledge.lexicon.grammar.clauseBreaks.has(keys[i]!)) return undefined;
  }
  return undefined;
}

export const remoteContact: Stage<EventCandidate, EventContext> = {
  id: 'remote-contact',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out: EventCandidate[] = [];
    for (const e of candidates) {
      const medium = e.voice !== 'relation' && (e.type === 'meeting' || e.type === 'congratulation') ? remoteAfter(ctx, e) : undefined;
      if (!medium) { out.push(e); continue; }
      const call: EventCandidate = { ...e, type: 'phone_call', cameo: '041', plover: 'CONSULT' };
      ctx.trace('remote-contact', () => `${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}" ${e.type === 'meeting' ? 'read as' : 'also reports'} a call: "${medium}"`, e.sentence);
      if (e.type === 'congratulation') out.push(e);
      out.push(call);
    }
    return out;
  },
};
