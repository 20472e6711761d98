// The states a headline names by name, in order ("Philippines floods: death toll passes 60 as aid pours in"): where
// an article's story happens when its first sentence opens with those who come to help.
import type { EntityKey } from '../../document/types.gen.js';
import { caseAgrees } from '../mentions/name-mention.js';
import { tokenize } from '../text/tokens.js';
import type { EventContext } from '../types.js';

export function headlineStates(ctx: EventContext): EntityKey[] {
  const tokens = tokenize(ctx.article.title ?? '');
  const keys = tokens.map((t) => t.norm);
  const out: EntityKey[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (const m of ctx.knowledge.gazetteer.names.matchesAt(keys, i)) {
      for (const p of m.payloads) {
        if (p.type === 'state' && (p.kind === 'name' || p.kind === 'short') && caseAgrees(p, tokens, i) && !out.includes(p.key)) out.push(p.key);
      }
    }
  }
  return out;
}
