// Keeps only UN member states as state nodes. Observers and disputed entities (Palestine, Taiwan,
// Kosovo) stay in the gazetteer so that their names are not misread, but are not made nodes.
import type { ArticleContext, Mention, Stage } from '../types.js';

export const statusFilter: Stage<Mention> = {
  id: 'status-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    return mentions.filter((m) => {
      if (m.kind !== 'state' || m.candidates.length !== 1) return true;
      const status = ctx.knowledge.gazetteer.state(m.candidates[0]!)?.status;
      const keep = status === 'un_member';
      if (!keep) ctx.trace('status-filter', () => `dropped "${m.text}": not a UN member state (${status})`, m.sentence);
      return keep;
    });
  },
};
