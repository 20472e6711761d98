// Drops people named inside an agreement's name: "Trump Route", "Nestor Kirchner gas pipeline" name a
// project, not an act of that person; and an agreement named inside another's: "the joint declaration on the Middle
// Corridor" is signed, not the corridor. States named there stay: they are the agreement's parties.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { contains } from './util.js';

export const nameInAgreementFilter: Stage<Mention> = {
  id: 'name-in-agreement-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const names = mentions.filter((m) => m.kind === 'agreement' && m.via !== 'anaphora');
    return mentions.filter((m) => {
      const inside = (m.kind === 'leader' || m.kind === 'agreement') && names.some((a) => a !== m && contains(a.span, m.span) && (a.span.start < m.span.start || a.span.end > m.span.end));
      if (inside) ctx.trace('name-in-agreement-filter', () => `dropped "${m.text}": part of an agreement's name`, m.sentence);
      return !inside;
    });
  },
};
