// Scores fragments against gold as GOLD_FORMAT.md says: names compared case-insensitively with
// whitespace folded and diacritics removed; symmetric edge types match in either order; a gold date must
// agree. Matching is one to one: a second node or edge for the same gold item counts as extra.
import type { EdgeType, GraphDocument, NodeType } from '../document/types.gen.js';
import type { GoldArticle } from './gold.js';

export const SYMMETRIC: ReadonlySet<EdgeType> = new Set(['phone_call', 'meeting', 'shared_stance']);

/** The edge types that report an event (what users come for), as opposed to standing relations. */
export const EVENT_TYPES: ReadonlySet<EdgeType> = new Set(['phone_call', 'congratulation', 'shared_stance', 'meeting', 'signed', 'condemnation', 'support']);

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }

export interface ArticleScore {
  readonly id: string;
  readonly nodes: Record<string, Counts>;
  readonly edges: Record<string, Counts>;
  /**
   * Dated gold edges an output edge matches on type and endpoints (one to one, edges of the right day first),
   * and how many of those agree on the day.
   */
  readonly dated: { total: number; correct: number };
  /** The publication date gold gives and the one extraction read (null when none). */
  readonly published: { gold: string | null; found: string | null };
  readonly missed: { entities: string[]; edges: string[] };
  readonly extra: { nodes: string[]; edges: string[] };
}

export const normaliseName = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const add = (table: Record<string, Counts>, key: string, field: keyof Counts): void => {
  table[key] ??= { tp: 0, fp: 0, fn: 0 };
  table[key][field]++;
};

export interface ScoreOptions {
  /** Match edges on type and endpoints alone, as if no gold edge had a date. */
  readonly ignoreDates?: boolean;
}

export function scoreArticle(gold: GoldArticle, fragment: GraphDocument, options: ScoreOptions = {}): ArticleScore {
  const nodes: Record<string, Counts> = {};
  const edges: Record<string, Counts> = {};
  const missed = { entities: [] as string[], edges: [] as string[] };
  const extra = { nodes: [] as string[], edges: [] as string[] };
  const namesOf = (n: GraphDocument['nodes'][number]): Set<string> => new Set([n.label, ...n.aliases].map(normaliseName));
  const goldNames = new Map(gold.entities.map((e) => [e.key, new Set(e.names.map(normaliseName))]));
  const names = (e: { key: string }): Set<string> => goldNames.get(e.key)!;
  const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

  // Entities, one to one within a type.
  const taken = new Set<string>();
  for (const e of gold.entities) {
    const node = fragment.nodes.find((n) => n.type === e.type && !taken.has(n.id) && meets(namesOf(n), names(e)));
    if (node) { taken.add(node.id); add(nodes, e.type, 'tp'); } else { add(nodes, e.type, 'fn'); missed.entities.push(`${e.type}:${e.key}`); }
  }
  for (const n of fragment.nodes) if (!taken.has(n.id)) { add(nodes, n.type as NodeType, 'fp'); extra.nodes.push(`${n.type}:${n.label}`); }

  // Each output node stands for every gold entity it names, for edge endpoints.
  const goldKeysOf = new Map<string, Set<string>>();
  for (const n of fragment.nodes) {
    const own = namesOf(n);
    goldKeysOf.set(n.id, new Set(gold.entities.filter((e) => meets(own, names(e))).map((e) => e.key)));
  }
  const endpoint = (nodeId: string, keys: readonly string[]): boolean => keys.some((k) => goldKeysOf.get(nodeId)?.has(k));
  const joins = (o: GraphDocument['edges'][number], g: GoldArticle['edges'][number]): boolean =>
    (endpoint(o.source, g.source) && endpoint(o.target, g.target))
    || (SYMMETRIC.has(g.type) && endpoint(o.source, g.target) && endpoint(o.target, g.source));

  const used = new Set<number>();
  const dated = { total: 0, correct: 0 };
  const wrongDay: GoldArticle['edges'][number][] = [];
  for (const g of gold.edges) {
    const date = options.ignoreDates ? undefined : g.date;
    const exact = fragment.edges.findIndex((o, i) => !used.has(i) && o.type === g.type && joins(o, g) && (date === undefined || o.date === date));
    if (date !== undefined) {
      if (exact >= 0) { dated.total++; dated.correct++; } else wrongDay.push(g);
    }
    if (exact >= 0) { used.add(exact); add(edges, g.type, 'tp'); } else {
      add(edges, g.type, 'fn');
      missed.edges.push(`${g.type} ${g.source.join('|')} -> ${g.target.join('|')}${date ? ` @${date}` : ''}`);
    }
  }
  // A dated gold edge no output edge matched counts against date accuracy when an edge left over joins the same
  // endpoints, each left-over edge once: an edge that matched another report of the same pair is not read twice.
  const paired = new Set(used);
  for (const g of wrongDay) {
    const other = fragment.edges.findIndex((o, i) => !paired.has(i) && o.type === g.type && joins(o, g));
    if (other >= 0) { paired.add(other); dated.total++; }
  }
  fragment.edges.forEach((o, i) => {
    if (used.has(i)) return;
    add(edges, o.type, 'fp');
    extra.edges.push(`${o.type} ${o.source} -> ${o.target}${o.date ? ` @${o.date}` : ''}`);
  });
  const published = { gold: gold.published, found: fragment.articles[0]?.published ?? null };
  return { id: gold.id, nodes, edges, dated, published, missed, extra };
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function sum(tables: readonly Record<string, Counts>[]): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const t of tables) for (const [k, c] of Object.entries(t)) {
    out[k] ??= { tp: 0, fp: 0, fn: 0 };
    out[k].tp += c.tp; out[k].fp += c.fp; out[k].fn += c.fn;
  }
  return out;
}

export function total(table: Record<string, Counts>): Counts {
  return Object.values(table).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
