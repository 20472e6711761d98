// Proposes an event wherever a trigger phrase of the lexicon occurs ("held talks", "telephoned",
// "congratulations"). Who took part, and when, is left to argument-binding and event-date.
import { GAP_TOKENS } from '../../knowledge/lexicon.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';

export const triggerEvent: Stage<EventCandidate, EventContext> = {
  id: 'trigger-event',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out = [...candidates];
    const trie = ctx.knowledge.lexicon.triggers;
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      for (let i = 0; i < tokens.length; i++) {
        // A capitalised word inside a sentence is part of a name ("Rapid Support Forces"), and a word
        // hyphenated onto another is an adjective ("Moscow-backed"): neither is a trigger.
        if (i > 0 && tokens[i]!.capitalised) continue;
        if (tokens[i - 1]?.text === '-' && !tokens[i]!.spaceBefore) continue;
        let fired = false;
        for (const match of trie.matchesAt(keys, i)) {
          for (const entry of match.payloads) {
            // Each gapped part must follow within GAP_TOKENS words: "spoke [with Putin] by telephone".
            let end = i + match.length;
            for (const part of entry.rest) {
              let found = -1;
              for (let g = end; g <= end + GAP_TOKENS && g + part.length <= tokens.length && found < 0; g++) {
                if (part.every((k, n) => keys[g + n] === k)) found = g;
              }
              if (found < 0) { end = -1; break; }
              end = found + part.length;
            }
            if (end < 0) continue;
            const trigger = { start: tokens[i]!.start, end: tokens[end - 1]!.end };
            out.push({
              type: entry.type, sentence: sentence.index, trigger, voice: entry.voice, by: 'trigger-event',
              cameo: entry.cameo, plover: entry.plover, dated: 'event',
            });
            ctx.trace('trigger-event', () => `"${ctx.article.text.slice(trigger.start, trigger.end)}" fires ${entry.type}`, sentence.index);
            i = end - 1;
            fired = true;
            break;
          }
          if (fired) break;
        }
      }
    }
    return out;
  },
};
