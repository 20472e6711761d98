// Drops people named inside an agreement's name: "Trump Route", "Nestor Kirchner gas pipeline" name a
// project, not an act of that person; and an agreement named inside another's: "the joint declaration on the Middle
// Corridor" is signed, not the corridor. States named there stay: they are the agreement's parties.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { SpanIndex } from '../sorted.js';

export const nameInAgreementFilter: Stage<Mention> = {
  id: 'name-in-agreement-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    // Indexed once: a run-on sentence of agreements asks about every name in it.
    const names = new SpanIndex(mentions.filter((m) => m.kind === 'agreement' && m.via !== 'anaphora'));
    return mentions.filter((m) => {
      const inside = (m.kind === 'leader' || m.kind === 'agreement') && names.covers(m.span.start, m.span.end, true);
      if (inside) ctx.trace('name-in-agreement-filter', () => `dropped "${m.text}": part of an agreement's name`, m.sentence);
      return !inside;
    });
  },
};
