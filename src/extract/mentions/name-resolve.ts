// Decides which entity a name means. A full name means the person of that name who held office
// nearest the article's date; a short name ("Putin", "Sisi") means the person the article names in full,
// else the only holder of an office on that day with that short name, else the only one about to take office
// (elected, not yet sworn in); otherwise it is dropped. In an
// article without a date, a short name means the only person the gazetteer knows by it, or the only one
// who served a state the article names.
import type { EntityKey, IsoDate } from '../../document/types.gen.js';
import type { Gazetteer } from '../../knowledge/gazetteer.js';
import { termCovers } from '../../knowledge/gazetteer.js';
import { tokenAt, tokenEndingAt } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { partOfLongerName } from './util.js';

const TYPE_RANK = { state: 0, bloc: 1, agreement: 2, leader: 3 } as const;
const DAY_MS = 86_400_000;

/** How close a leader's terms come to the day: 0 in office, else days since the last term ended. */
function distance(gazetteer: Gazetteer, key: EntityKey, on: IsoDate | null): number {
  const terms = gazetteer.leader(key)?.terms ?? [];
  if (on === null) return terms.some((t) => t.to === null) ? 0 : 1;
  let best = Number.POSITIVE_INFINITY;
  for (const t of terms) {
    if (termCovers(t, on)) return 0;
    const edge = t.to !== null && t.to < on ? t.to : t.from;
    if (edge === null) continue;
    best = Math.min(best, Math.abs(Date.parse(on) - Date.parse(edge)) / DAY_MS);
  }
  return best;
}

function closest(gazetteer: Gazetteer, keys: readonly EntityKey[], on: IsoDate | null): EntityKey[] {
  const scored = keys.map((k) => ({ k, d: distance(gazetteer, k, on) }));
  const min = Math.min(...scored.map((s) => s.d));
  return scored.filter((s) => s.d === min).map((s) => s.k);
}

/** How many days before taking office a person elected is still news by that name alone ("Sheinbaum", June to October). */
const ELECT_DAYS = 150;

/** The people in office on the day, else those about to take office (elected, not yet sworn in). */
function inOffice(gazetteer: Gazetteer, keys: readonly EntityKey[], on: IsoDate): { keys: EntityKey[]; who: string } {
  const serving = keys.filter((k) => gazetteer.termsOn(k, on).length > 0);
  if (serving.length > 0) return { keys: serving, who: 'people in office' };
  const day = Date.parse(on);
  const elected = keys.filter((k) => gazetteer.leader(k)?.terms.some((t) => t.from !== null && t.from > on && Date.parse(t.from) - day <= ELECT_DAYS * DAY_MS));
  return { keys: elected, who: 'people in office or about to take it' };
}

export const nameResolve: Stage<Mention> = {
  id: 'name-resolve',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { gazetteer } = ctx.knowledge;
    const resolve = (m: Mention): EntityKey[] => {
      const entries = m.entries ?? [];
      // Prefer the strongest kind of entity the words can name (a state over a person's short name).
      const full = entries.filter((e) => e.kind !== 'short');
      const pool = full.length > 0 ? full : entries;
      const rank = Math.min(...pool.map((e) => TYPE_RANK[e.type]));
      const keys = [...new Set(pool.filter((e) => TYPE_RANK[e.type] === rank).map((e) => e.key))];
      if (keys.length === 1 || rank !== TYPE_RANK.leader) return keys.sort().slice(0, 1);
      return closest(gazetteer, keys, ctx.on);
    };
    // First pass: full names, so that short names can refer to them.
    const resolved = new Map<Mention, EntityKey[]>();
    for (const m of mentions) if (m.entries && m.via !== 'short') resolved.set(m, resolve(m));
    const namedInFull = new Set([...resolved.values()].filter((k) => k.length === 1).map((k) => k[0]!));
    // Without a day to hold office on, the name alone, else the states the article names, tell people apart.
    const statesNamed = new Set([...namedInFull].filter((k) => gazetteer.entity(k)?.type === 'state'));
    const undated = (keys: EntityKey[]): { keys: EntityKey[]; who: string } => {
      if (keys.length <= 1) return { keys, who: 'people' };
      return { keys: keys.filter((k) => gazetteer.termsOn(k, null).some((t) => t.state !== undefined && statesNamed.has(t.state))), who: 'people who served a state the article names' };
    };
    for (const m of mentions) {
      if (!m.entries || m.via !== 'short') continue;
      // "Abbas Araghchi", "Saeed Jalili": a short name run into another capitalised word is part of
      // a longer name the gazetteer does not know.
      const sentence = ctx.sentences[m.sentence]!;
      if (partOfLongerName(ctx, sentence, tokenAt(sentence.tokens, m.span.start), tokenEndingAt(sentence.tokens, m.span.end))) {
        resolved.set(m, []);
        ctx.trace('name-resolve', () => `dropped "${m.text}": part of a longer name`, m.sentence);
        continue;
      }
      const keys = [...new Set(m.entries.map((e) => e.key))];
      const inArticle = keys.filter((k) => namedInFull.has(k));
      if (inArticle.length > 0) { resolved.set(m, inArticle.slice(0, 1)); continue; }
      const found = ctx.on === null ? undated(keys) : inOffice(gazetteer, keys, ctx.on);
      resolved.set(m, found.keys.length === 1 ? found.keys : []);
      if (found.keys.length !== 1) ctx.trace('name-resolve', () => `dropped "${m.text}": ${found.keys.length} ${found.who} by that name`, m.sentence);
    }
    const out: Mention[] = [];
    for (const m of mentions) {
      const keys = resolved.get(m);
      if (!keys) { out.push(m); continue; }
      if (keys.length === 0) continue;
      if (keys.length > 1) ctx.trace('name-resolve', () => `"${m.text}" is ambiguous: ${keys.join(', ')}; took ${keys[0]}`, m.sentence);
      const kind = gazetteer.entity(keys[0]!)?.type ?? m.kind;
      out.push({ ...m, kind, by: 'name-resolve', candidates: keys.slice(0, 1) });
    }
    return out;
  },
};
