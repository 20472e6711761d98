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
  // One capitalised label among the mentions makes a name proper. Keys and parties are gathered in one pass each: an
  // article of many descriptions asks for every one.
  const proper = new Set(mentions.filter((m) => m.label !== undefined && /^\p{Lu}/u.test(m.label)).map((m) => m.candidates[0]));
  const descriptive = new Set<EntityKey>();
  for (const m of mentions) {
    const key = m.candidates[0];
    if (m.kind === 'agreement' && key && !gazetteer.entity(key) && !proper.has(key)) descriptive.add(key);
  }
  if (descriptive.size === 0) return { mentions: [...mentions], events: [...events] };
  const parties = new Map<EntityKey, Set<string>>();
  for (const e of events) {
    if (e.type !== 'party_to' || !e.target || !e.source || !descriptive.has(e.target)) continue;
    const codes = parties.get(e.target) ?? new Set<string>();
    parties.set(e.target, codes.add(partyCode(e.source)));
  }
  const renames = new Map<EntityKey, EntityKey>();
  for (const key of descriptive) {
    const codes = [...(parties.get(key) ?? [])].sort();
    const suffix = codes.length > 0 ? codes.join('-') : `a${createHash('sha256').update(ctx.article.id).digest('hex').slice(0, 8)}`;
    renames.set(key, `${key}-${suffix}`);
  }
  const rename = (k: EntityKey | undefined): EntityKey | undefined => (k === undefined ? k : renames.get(k) ?? k);
  return {
    mentions: mentions.map((m) => (m.kind === 'agreement' && renames.has(m.candidates[0]!) ? { ...m, candidates: [rename(m.candidates[0])!] } : m)),
    events: events.map((e) => (renames.has(e.target ?? '') || renames.has(e.source ?? '') ? { ...e, source: rename(e.source), target: rename(e.target) } : e)),
  };
}
