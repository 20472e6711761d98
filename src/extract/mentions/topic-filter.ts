// Drops a state named as a subject rather than an actor: "the Palestine issue", "the Korean question".
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenEndingAt } from '../text/tokens.js';

export const topicFilter: Stage<Mention> = {
  id: 'topic-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const nouns = ctx.knowledge.lexicon.topicNouns;
    return mentions.filter((m) => {
      if (m.kind !== 'state') return true;
      const sentence = ctx.sentences[m.sentence]!;
      const next = sentence.tokens[tokenEndingAt(sentence.tokens, m.span.end) + 1];
      const keep = !next || !nouns.has(next.norm);
      if (!keep) ctx.trace('topic-filter', () => `dropped "${m.text} ${next.text}": a topic, not an actor`, m.sentence);
      return keep;
    });
  },
};
