// Finds the later mentions of people the gazetteer does not know but the article introduced with a
// title ("Foreign Secretary Vikram Misri ... Misri told reporters"): the full name again, or the surname.
import { tokenize } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { overlaps, spanOf, textOf } from './util.js';
import { phraseTrie } from '../../knowledge/lexicon.js';

export const repeatedNameMention: Stage<Mention> = {
  id: 'repeated-name-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const introduced = mentions.filter((m) => m.via === 'titled-name' && m.label && !ctx.knowledge.gazetteer.entity(m.candidates[0]!));
    if (introduced.length === 0) return [...mentions];
    const forms: [string, Mention][] = [];
    for (const m of introduced) {
      forms.push([m.label!, m]);
      const words = tokenize(m.label!).filter((t) => t.kind === 'word');
      const surname = words[words.length - 1];
      if (surname && surname.capitalised && words.length > 1) forms.push([surname.text, m]);
    }
    const trie = phraseTrie(forms);
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      for (let i = 0; i < tokens.length; i++) {
        const match = trie.longestAt(keys, i);
        if (!match || !tokens[i]!.capitalised) continue;
        const span = spanOf(tokens, i, i + match.length);
        if (out.some((m) => overlaps(m.span, span))) continue;
        const person = match.payloads[0]!;
        out.push({
          span, text: textOf(ctx, span), sentence: sentence.index, kind: 'leader', via: 'short', by: 'repeated-name-mention',
          candidates: person.candidates, ...(person.state ? { state: person.state } : {}),
        });
        i += match.length - 1;
      }
    }
    return out;
  },
};
