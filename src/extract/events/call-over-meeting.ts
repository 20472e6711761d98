// "In a phone call on Tuesday, A and B discussed X": talks a sentence reports between the same two people as
// a call it also reports are that call, not a meeting in person, unless a stretch of time is counted between them ("held
// talks on Wednesday, a day after the two spoke by phone"); so is what the next sentences of its paragraph say
// the two discussed ("A telephoned B on Monday. The two leaders discussed trade"), and what the next paragraphs of a
// readout, each a sentence, say they discussed when they name no other day, however far on when the call opens the
// article. A medium named right after the verb ("held a telephone talk") tells no meeting in person.
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { findCountedDays } from '../dates/counted-days.js';
import { mayHoldADate } from '../dates/date-expressions.js';
import { tokenAt } from '../text/tokens.js';

/** How many sentences after a call what the two discussed still tells of it. */
const CALL_REACH = 2;

const pairOf = (e: EventCandidate): string => [e.source, e.target].sort().join('|');

export const callOverMeeting: Stage<EventCandidate, EventContext> = {
  id: 'call-over-meeting',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    // Per pair, the calls reported: their sentences, and where in them.
    const calls = new Map<string, { readonly sentence: number; readonly at: number }[]>();
    for (const e of candidates) {
      if (e.type !== 'phone_call' || !e.source || !e.target) continue;
      const call = { sentence: e.sentence, at: e.trigger.start };
      const list = calls.get(pairOf(e));
      if (list) list.push(call);
      else calls.set(pairOf(e), [call]);
    }
    if (calls.size === 0) return [...candidates];
    const text = ctx.article.text;
    const sameParagraph = (from: number, to: number): boolean => !text.slice(ctx.sentences[from]!.end, ctx.sentences[to]!.start).includes('\n');
    // Past a paragraph break, only a sentence that names no day of its own goes on with the call.
    const goesOn = (from: number, to: number): boolean => sameParagraph(from, to)
      || !mayHoldADate(text.slice(ctx.sentences[to]!.start, ctx.sentences[to]!.end));
    // A readout of a call opens with it: what the two discussed after it, on no other day, is the call's, however far on.
    const opening = Math.min(...candidates.filter((e) => e.voice !== 'relation').map((e) => e.sentence));
    const discussion = (e: EventCandidate): boolean => {
      const sentence = ctx.sentences[e.sentence]!;
      return ctx.knowledge.lexicon.syntax.discussionVerbs.longestAt(sentence.keys, tokenAt(sentence.tokens, e.trigger.start)) !== undefined;
    };
    return candidates.filter((e) => {
      if (e.type !== 'meeting' || e.source === undefined || e.target === undefined) return true;
      const pairCalls = calls.get(pairOf(e)) ?? [];
      // "held talks on Wednesday, a day after the two spoke by phone": a stretch of time counted between the two
      // tells of two events.
      const separate = (call: number): boolean => {
        const [from, to] = [call, e.trigger.start].sort((a, b) => a - b) as [number, number];
        return findCountedDays(text, from, to).length > 0;
      };
      // "received X on Monday, and the two spoke by phone on Friday": a verb of meeting in person is no call.
      const inPerson = e.voice !== 'noun' && !discussion(e) && e.by !== 'spoken-contact' && !remoteAfter(ctx, e);
      const here = !inPerson && pairCalls.some((c) => c.sentence === e.sentence && !separate(c.at));
      const before = !here && pairCalls.some((c) => c.sentence < e.sentence && (e.sentence - c.sentence <= CALL_REACH || c.sentence === opening) && goesOn(c.sentence, e.sentence)) && discussion(e);
      if (here) ctx.trace('call-over-meeting', () => `dropped meeting ${e.source} → ${e.target}: the sentence reports their call`, e.sentence);
      if (before) ctx.trace('call-over-meeting', () => `dropped meeting ${e.source} → ${e.target}: what they discussed on the call just reported`, e.sentence);
      return !here && !before;
    });
  },
};

/** Whether the trigger of `e` is followed, past its determiners, by a remote medium: "held a telephone talk" was no meeting in person. */
function remoteAfter(ctx: EventContext, e: EventCandidate): boolean {
  const { keys, tokens } = ctx.sentences[e.sentence]!;
  let i = tokenAt(tokens, e.trigger.start) + 1;
  while (ctx.knowledge.lexicon.grammar.determiners.has(keys[i] ?? '')) i++;
  return ctx.knowledge.lexicon.spokenContact.remoteModifiers.has(keys[i] ?? '');
}
