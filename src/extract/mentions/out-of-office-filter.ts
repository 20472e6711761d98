// Drops people the article names without any title who have held no office for years and never led a
// state: a former minister mentioned as a candidate or a commentator is not acting for a state. Former
// heads of state or government stay ("the first Iranian president to visit since Mahmoud Ahmadinejad"),
// and so do officials between two posts.
import type { EntityKey } from '../../document/types.gen.js';
import type { ArticleContext, Mention, Stage } from '../types.js';

const LEADING = new Set(['head_of_state', 'head_of_government', 'organisation_head']);
/** How long after leaving office an official still counts as one. */
const RECENT_YEARS = 4;

export const outOfOfficeFilter: Stage<Mention> = {
  id: 'out-of-office-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    if (ctx.on === null) return [...mentions];
    const { gazetteer } = ctx.knowledge;
    const titled = new Set(mentions.filter((m) => m.kind === 'leader' && (m.role || m.via === 'role' || m.via === 'titled-name')).map((m) => m.candidates[0]));
    const dropped = new Set<EntityKey>();
    for (const m of mentions) {
      if (m.kind !== 'leader' || m.candidates.length !== 1) continue;
      const key = m.candidates[0]!;
      const leader = gazetteer.leader(key);
      if (!leader || titled.has(key) || dropped.has(key)) continue;
      const since = `${Number(ctx.on.slice(0, 4)) - RECENT_YEARS}${ctx.on.slice(4)}`;
      const inOffice = leader.terms.some((t) => (t.from === null || t.from <= ctx.on!) && (t.to === null || t.to >= since));
      const everLed = leader.terms.some((t) => LEADING.has(t.office));
      if (!inOffice && !everLed) {
        dropped.add(key);
        ctx.trace('out-of-office-filter', () => `dropped ${leader.label}: no title here, no office in the ${RECENT_YEARS} years before ${ctx.on}, never led a state`, m.sentence);
      }
    }
    return mentions.filter((m) => !(m.kind === 'leader' && dropped.has(m.candidates[0]!)));
  },
};
