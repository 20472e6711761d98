// Gives agreements named only by a description ("joint declaration", "peace agreement") a key that says
// whose they are: the description's slug plus the parties' codes ("agreement/joint-declaration-arm-aze"),
// so that two articles' joint declarations between different states stay two nodes, while the same
// parties' one meets across articles. Proper names ("Astana Declaration") and gazetteer entries keep
// their keys; a description with no party found is tied to its article.
import { createHash } from 'node:crypto';
import type { EntityKey } from '../document/types.gen.js';
import type { ArticleContext, EventCandidate, Mention } from './types.js';

export interface Renamed {
  readonly mentions: Mention[];
  readonly events: EventCandidate[];
}

const partyCode = (key: EntityKey): string => key.slice(key.indexOf('/') + 1).toLowerCase();

export function qualifyAgreements(ctx: ArticleContext, mentions: readonly Mention[], events: readonly EventCandidate[]): Renamed {
  const { gazetteer } = ctx.knowledge;
  const descriptive = new Map<EntityKey, string>();
  for (const m of mentions) {
    const key = m.candidates[0];
    if (m.kind !== 'agreement' || !key || gazetteer.entity(key)) continue;
    // One capitalised label among the mentions makes it a proper name.
    const proper = mentions.some((o) => o.candidates[0] === key && o.label !== undefined && /^\p{Lu}/u.test(o.label));
    if (proper) descriptive.delete(key);
    else if (!descriptive.has(key) && !mentions.some((o) => o !== m && o.candidates[0] === key && o.label && /^\p{Lu}/u.test(o.label))) descriptive.set(key, key);
  }
  if (descriptive.size === 0) return { mentions: [...mentions], events: [...events] };
  const renames = new Map<EntityKey, EntityKey>();
  for (const key of descriptive.keys()) {
    const parties = [...new Set(events.filter((e) => e.type === 'party_to' && e.target === key && e.source).map((e) => partyCode(e.source!)))].sort();
    const suffix = parties.length > 0 ? parties.join('-') : `a${createHash('sha256').update(ctx.article.id).digest('hex').slice(0, 8)}`;
    renames.set(key, `${key}-${suffix}`);
  }
  const rename = (k: EntityKey | undefined): EntityKey | undefined => (k === undefined ? k : renames.get(k) ?? k);
  return {
    mentions: mentions.map((m) => (m.kind === 'agreement' && renames.has(m.candidates[0]!) ? { ...m, candidates: [rename(m.candidates[0])!] } : m)),
    events: events.map((e) => (renames.has(e.target ?? '') || renames.has(e.source ?? '') ? { ...e, source: rename(e.source), target: rename(e.target) } : e)),
  };
}
