// "X continues to receive congratulations on his victory. ... In his message, Y said the result showed ...": a
// message that a possessive or "the" refers back to, or one sent ("A and B also sent messages", "Messages were received
// from A and B"), a few sentences
// after congratulations were reported, is one of them. It is read as a congratulation noun of its own; binding finds its sender (the clause's subject) and,
// naming none, its addressee as for any congratulation without one (the last addressee, else the article's first
// person).
import type { Token } from '../text/tokens.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';

/** How many sentences after a congratulation a message may refer back to it. */
const REACH = 3;

/** How many words may stand between a sending verb and the message it sends ("sent [their own] messages"). */
const SENT_WORDS = 2;

/** How many words after a message its sentence's congratulation may say what the message was ("sent a message congratulating"). */
const SAYS_WHAT = 3;

/** A congratulation of sentence `s` starts within a few words after the message at token `i`. */
function followed(congratulating: readonly EventCandidate[], s: number, tokens: readonly Token[], i: number): boolean {
  const from = tokens[i]!.end;
  const to = tokens[Math.min(tokens.length - 1, i + SAYS_WHAT)]!.end;
  return congratulating.some((e) => e.sentence === s && e.trigger.start >= from && e.trigger.start <= to);
}

/** "A and B also sent messages", "dispatched similar cables": a sending verb right before the message noun at `i`. */
function sentBefore(verbs: ReadonlySet<string>, keys: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 1 - SENT_WORDS); j--) {
    if (verbs.has(keys[j]!)) return true;
    if (!/^\p{L}/u.test(keys[j]!)) return false;
  }
  return false;
}

/**
 * "Messages were also received from A and B", "Cables were sent by C": a form of "be" and a verb sending or receiving
 * after the message noun at `i`; "Messages also came from A and B": a verb of arrival and "from".
 */
function passedOn(lex: EventContext['knowledge']['lexicon'], keys: readonly string[], i: number): boolean {
  const arriving = keys[i + 1] === 'also' ? i + 2 : i + 1;
  if (lex.syntax.arrivalVerbs.has(keys[arriving] ?? '')) return keys.indexOf('from', arriving) > arriving;
  if (!lex.syntax.beForms.has(keys[i + 1] ?? '')) return false;
  const verb = keys[i + 2] === 'also' ? keys[i + 3] : keys[i + 2];
  return verb !== undefined && (lex.syntax.sendingVerbs.has(verb) || lex.syntax.receivingVerbs.has(verb));
}

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
      // A sentence with a congratulation of its own says what it is ("In the message, X extended congratulations"),
      // unless it sends messages its congratulation does not follow ("A and B sent messages, as did C, who hailed ...").
      const own = sentences.has(sentence.index);
      let after = false;
      for (let d = 1; d <= REACH && !after; d++) after = sentences.has(sentence.index - d);
      if (!after) continue;
      const { keys, tokens } = sentence;
      for (let i = 0; i < keys.length; i++) {
        const determiner = keys[i - 1] ?? '';
        // "In a message to X, Y said": a message to someone the sentence is said in, though new, is one of them too.
        const said = determiner === 'a' && keys[i - 2] === 'in' && keys[i + 1] === 'to';
        const noun = lex.syntax.messageNouns.has(keys[i]!) || keys[i]!.endsWith('s') && lex.syntax.messageNouns.has(keys[i]!.slice(0, -1));
        const sent = sentBefore(lex.syntax.sendingVerbs, keys, i) || passedOn(lex, keys, i);
        if (!noun || !(own ? sent && !followed(congratulating, sentence.index, tokens, i) : lex.grammar.possessives.has(determiner) || determiner === 'the' || said || sent)) continue;
        const trigger = { start: tokens[i]!.start, end: tokens[i]!.end };
        ctx.trace('message-reference', () => `"${determiner} ${keys[i]}" refers back to the congratulations before`, sentence.index);
        out.push({ type: 'congratulation', sentence: sentence.index, trigger, voice: 'noun', by: 'message-reference', ...(cameo ? { cameo } : {}), dated: 'event' });
        break;
      }
    }
    return out;
  },
};
