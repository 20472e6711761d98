// "The foreign ministers of India and Pakistan", "the presidents of Iran and Turkey", "the Thai and Cambodian
// premiers": a plural title over a list of states names one holder in each. Proposes a role mention per state; role-resolve finds who.
import type { TitleEntry } from '../../knowledge/lexicon.js';
import type { TrieMatch } from '../../knowledge/trie.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenFrom, type Token } from '../text/tokens.js';
import { inSentence, roleMention } from './util.js';

export const pluralRoleMention: Stage<Mention> = {
  id: 'plural-role-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      const states = new Map<number | undefined, Mention>();
      for (const m of inSentence(mentions, sentence.index)) if (m.kind === 'state' && m.candidates.length === 1 && !states.has(m.span.start)) states.set(m.span.start, m);
      const byEnd = new Map([...states.values()].map((m) => [m.span.end, m]));
      for (let i = 0; i < tokens.length; i++) {
        const match = pluralMatch(ctx, keys, i);
        if (!match) continue;
        const end = i + match.length;
        const entry = match.payloads[0]!;
        // "the Thai and Cambodian premiers": the states listed before the title, each holder's mention its state's name,
        // the last taking in the title.
        const before = statesBefore(tokens, keys, i, byEnd);
        if (before.length >= 2 && keys[end] !== 'of') {
          before.forEach((state, n) => {
            const span = n === before.length - 1 ? { start: state.span.start, end: tokens[end - 1]!.end } : state.span;
            out.push(roleMention(ctx, sentence.index, span, { title: entry.title, office: entry.office, leader: entry.leader, state: state.candidates[0]! }, 'plural-role-mention'));
          });
          ctx.trace('plural-role-mention', () => `"${entry.title}" of ${before.map((m) => m.text).join(', ')}`, sentence.index);
          continue;
        }
        if (keys[end] !== 'of') continue;
        // The states listed after "of", joined by commas and "and".
        let at = end + 1;
        const listed: Mention[] = [];
        for (;;) {
          if (keys[at] === 'the') at++;
          const state = states.get(tokens[at]?.start);
          if (!state) break;
          listed.push(state);
          at = tokenFrom(tokens, state.span.end);
          // A list that ends the sentence: the scan goes on after it.
          if (at < 0) { at = tokens.length; break; }
          if (!(keys[at] === 'and' || keys[at] === ',')) break;
          at++;
          if (keys[at] === 'and') at++;
        }
        if (listed.length < 2) continue;
        // The first holder's mention takes in the title ("foreign ministers of India"), the others their state's name.
        listed.forEach((state, n) => {
          const span = n === 0 ? { start: tokens[i]!.start, end: state.span.end } : state.span;
          out.push(roleMention(ctx, sentence.index, span, { title: entry.title, office: entry.office, leader: entry.leader, state: state.candidates[0]! }, 'plural-role-mention'));
        });
        ctx.trace('plural-role-mention', () => `"${entry.title}" of ${listed.map((s) => s.text).join(', ')}`, sentence.index);
        i = at - 1;
      }
    }
    return out;
  },
};

/** The states joined by commas and "and" that end right before token `i`, in text order. */
function statesBefore(tokens: readonly Token[], keys: readonly string[], i: number, byEnd: ReadonlyMap<number, Mention>): Mention[] {
  const listed: Mention[] = [];
  let at = i - 1;
  for (;;) {
    const state = at >= 0 ? byEnd.get(tokens[at]!.end) : undefined;
    if (!state) break;
    listed.unshift(state);
    at = tokenFrom(tokens, state.span.start) - 1;
    if (!(keys[at] === 'and' || keys[at] === ',')) break;
    at--;
    if (keys[at] === ',') at--;
  }
  return listed;
}

/** A word of four letters or more ending in "s", without it. */
const singular = (key: string): string | undefined => (key.endsWith('s') && key.length >= 4 ? key.slice(0, -1) : undefined);

/** A title whose last word takes a plural "s" ("presidents", "prime ministers"), matched without it. */
export function pluralMatch(ctx: ArticleContext, keys: readonly string[], i: number): TrieMatch<TitleEntry> | undefined {
  return ctx.knowledge.lexicon.titles.withLastAt(keys, i, 4, singular);
}
