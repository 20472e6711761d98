// "X continues to receive congratulations on his victory. ... In his message, Y said the result showed ...": a
// message that a possessive or "the" refers back to, a few sentences after congratulations were reported, is one
// of them. It is read as a congratulation noun of its own; binding finds its sender (the clause's subject) and,
// naming none, its addressee as for any congratulation without one (the last addressee, else the article's first
// person).
import type { EventCandidate, EventContext, Stage } from '../types.js';

/** How many sentences after a congratulation a message may refer back to it. */
const REACH = 3;

export const messageReference: Stage<EventCandidate, EventContext> = {
  id: 'message-reference',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const lex = ctx.knowledge.lexicon;
    const congratulating = candidates.filter((e) => e.type === 'congratulation');
    if (congratulating.length === 0) return [...candidates];
    const sentences = new Set(congratulating.map((e) => e.sentence));
    const cameo = congratulating[0]!.cameo;
    const out = [...candidates];
    for (const sentence of ctx.sentences) {
      // A sentence with a congratulation of its own says what it is ("In the message, X extended congratulations").
      if (sentences.has(sentence.index)) continue;
      let after = false;
      for (let d = 1; d <= REACH && !after; d++) after = sentences.has(sentence.index - d);
      if (!after) continue;
      const { keys, tokens } = sentence;
      for (let i = 1; i < keys.length; i++) {
        const determiner = keys[i - 1]!;
        // "In a message to X, Y said": a message to someone the sentence is said in, though new, is one of them too.
        const said = determiner === 'a' && keys[i - 2] === 'in' && keys[i + 1] === 'to';
        if (!lex.syntax.messageNouns.has(keys[i]!) || !(lex.grammar.possessives.has(determiner) || determiner === 'the' || said)) continue;
        const trigger = { start: tokens[i]!.start, end: tokens[i]!.end };
        ctx.trace('message-reference', () => `"${determiner} ${keys[i]}" refers back to the congratulations before`, sentence.index);
        out.push({ type: 'congratulation', sentence: sentence.index, trigger, voice: 'noun', by: 'message-reference', ...(cameo ? { cameo } : {}), dated: 'event' });
        break;
      }
    }
    return out;
  },
};
