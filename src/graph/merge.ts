// Merges graph documents (one article's fragments, or whole graphs) into one.
//   - Articles are united by id.
//   - Nodes are united by id, then pattern-made nodes that are one thing under several slugs are joined
//     (identity.ts); edges follow their endpoints to the joined id. A node's provenance keeps one entry per article
//     naming it (a fragment lists every mention): the first mention, with `mentions` counting them (foldNamedIn).
//   - Edges of one type between the same participants (in canonical order when undirected) are grouped, and the
//     reports in each group reconciled into events (reports.ts): each event is one edge keyed
//     `type|source|target|date`, with every report's provenance and `sources`, the number of distinct articles.
//   - Attributes that reports disagree on keep the first value in code-point order; `dateBasis` follows the chosen
//     date and `dateReported` lists disagreeing dates.
//   - Positions (x, y) are dropped: they belong to one layout of one graph (build lays the result out again).
// The result depends only on the documents given, not their order or grouping: merge(merge(a, b), c) equals
// merge(a, merge(b, c)) and merge(b, a) equals merge(a, b).
import type { Article, Edge, EntityKey, GraphDocument, Node, Provenance, Warning } from '../document/types.gen.js';
import { dateToken } from './dates.js';
import { defaultMergeOptions, type MergeOptions } from './defaults.js';
import { canonicalArticle, canonicalEdge, canonicalNode, compareIds, compareStrings } from './document.js';
import { resolveIdentities } from './identity.js';
import { classKey, compareClasses, DATE_BASIS, DATE_REPORTED, encodeReports, linked, reportsOf, type ReportClass } from './reports.js';

export type { MergeOptions } from './defaults.js';

function compareProvenance(a: Provenance, b: Provenance): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || a.sentence - b.sentence || compareStrings(a.quote, b.quote);
}

/** Every distinct provenance of the lists, sorted by article, then offsets. */
export function unionProvenance(lists: Iterable<readonly Provenance[]>): Provenance[] {
  const all: Provenance[] = [];
  // One push per item: spreading a list into push() overflows the stack past about 120,000 items.
  for (const list of lists) for (const p of list) all.push(p);
  all.sort(compareProvenance);
  return all.filter((p, i) => i === 0 || compareProvenance(all[i - 1]!, p) !== 0);
}

/**
 * Where a node is named, by article: the article's first mention of it (by offset) with `mentions`, how many
 * times the article names it. A node keeps one entry per article, not one per mention: a leader named in every
 * article of a large corpus would otherwise carry millions of quotes.
 */
export type NamedIn = Map<string, Provenance>;

function withMentions(p: Provenance, mentions: number): Provenance {
  const { article, sentence, start, end, quote } = p;
  return mentions > 1 ? { article, sentence, start, end, quote, mentions } : { article, sentence, start, end, quote };
}

/**
 * Folds one copy of a node's provenance into `into`. Within the copy an article counts each distinct mention
 * (an entry's `mentions`, else one); across copies the same article keeps its first mention and the larger
 * count, so a document merged twice, or a shard and a graph that holds it, count each article once. (A node
 * joined from two slugs an article both uses counts that article's mentions of the commoner one.)
 */
export function foldNamedIn(into: NamedIn, provenance: readonly Provenance[]): void {
  const here = new Map<string, { first: Provenance; mentions: number; spans?: Set<string> }>();
  for (const p of provenance) {
    const seen = here.get(p.article);
    if (!seen) { here.set(p.article, { first: p, mentions: p.mentions ?? 1 }); continue; }
    // Repeated entries (an older document's copies of one mention) count once.
    seen.spans ??= new Set([`${seen.first.start}:${seen.first.end}`]);
    const span = `${p.start}:${p.end}`;
    if (seen.spans.has(span)) continue;
    seen.spans.add(span);
    seen.mentions += p.mentions ?? 1;
    if (compareProvenance(p, seen.first) < 0) seen.first = p;
  }
  for (const [article, { first, mentions }] of here) {
    const current = into.get(article);
    if (!current) { into.set(article, withMentions(first, mentions)); continue; }
    const best = compareProvenance(first, current) < 0 ? first : current;
    const most = Math.max(mentions, current.mentions ?? 1);
    if (best !== current || most !== (current.mentions ?? 1)) into.set(article, withMentions(best, most));
  }
}

/** The entries of `named`, by article. */
function namedInList(named: NamedIn): Provenance[] {
  return [...named.values()].sort(compareProvenance);
}

/** The smallest value by code point of its JSON form; for fields the gazetteer fills identically everywhere. */
function least<T>(values: readonly (T | undefined)[]): T | undefined {
  let best: T | undefined;
  let bestJson = '';
  for (const v of values) {
    if (v === undefined) continue;
    const json = JSON.stringify(v);
    if (best === undefined || json < bestJson) { best = v; bestJson = json; }
  }
  return best;
}

/** Shortest label, then first by code point: a gazetteer label is the same everywhere, a pattern one varies in case. */
function chooseLabel(labels: readonly string[]): string {
  return [...labels].sort((a, b) => a.length - b.length || compareStrings(a, b))[0]!;
}

function mergeNodes(id: EntityKey, group: readonly Node[], labelNodes: readonly Node[]): Node {
  const label = chooseLabel((labelNodes.length > 0 ? labelNodes : group).map((n) => n.label));
  const aliases = new Set<string>();
  const sameAs = new Set<string>();
  for (const n of group) {
    aliases.add(n.label);
    for (const a of n.aliases) aliases.add(a);
    if (n.id !== id) sameAs.add(n.id);
    for (const s of n.sameAs ?? []) if (s !== id) sameAs.add(s);
  }
  aliases.delete(label);
  const named: NamedIn = new Map();
  for (const n of group) foldNamedIn(named, n.provenance);
  const node: Node = {
    id,
    type: group[0]!.type,
    label,
    aliases: [...aliases].sort(compareStrings),
    provenance: namedInList(named),
  };
  const qid = least(group.map((n) => n.qid));
  const iso3 = least(group.map((n) => n.iso3));
  const state = least(group.map((n) => n.state));
  const terms = least(group.map((n) => n.terms));
  if (qid !== undefined) node.qid = qid;
  if (iso3 !== undefined) node.iso3 = iso3;
  if (state !== undefined) node.state = state;
  if (terms !== undefined) node.terms = terms;
  if (sameAs.size > 0) node.sameAs = [...sameAs].sort(compareStrings);
  return canonicalNode(node);
}

type Scalar = string | number | boolean;

function compareScalars(a: Scalar, b: Scalar): number {
  if (typeof a !== typeof b) return compareStrings(typeof a, typeof b);
  if (typeof a === 'number') return a - (b as number);
  return compareStrings(String(a), String(b));
}

/** Attributes of one event from all its edges: per key the first value by code point; date attributes recomputed. */
function mergeAttributes(edges: readonly Edge[], classes: readonly ReportClass[], chosen: ReportClass): Edge['attributes'] {
  const merged = new Map<string, Scalar>();
  for (const e of edges) {
    for (const [key, value] of Object.entries(e.attributes)) {
      if (value === undefined || key === DATE_BASIS || key === DATE_REPORTED) continue;
      const current = merged.get(key);
      if (current === undefined || compareScalars(value, current) < 0) merged.set(key, value);
    }
  }
  if (chosen.basis !== undefined) merged.set(DATE_BASIS, chosen.basis);
  if (classes.length > 1) merged.set(DATE_REPORTED, encodeReports(classes));
  return Object.fromEntries([...merged.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

/** Splits one group of edges (same type and participants) into events and makes each one edge. */
function reconcileGroup(edges: readonly Edge[], standing: boolean, options: Required<MergeOptions>): Edge[] {
  // Identical classes (same date, precision and basis) are pooled; each edge's classes stay together.
  const classes = new Map<string, { date: Edge['date']; precision: Edge['datePrecision']; basis: string | undefined; articles: Set<string> }>();
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  const edgeClass: string[] = [];
  for (const e of edges) {
    const keys = reportsOf(e).map((c) => {
      const key = classKey(c);
      const pooled = classes.get(key);
      if (pooled) for (const a of c.articles) pooled.articles.add(a);
      else { classes.set(key, { date: c.date, precision: c.precision, basis: c.basis, articles: new Set(c.articles) }); parent.set(key, key); }
      return key;
    });
    for (const k of keys.slice(1)) union(keys[0]!, k);
    edgeClass.push(keys[0]!);
  }
  const keys = [...classes.keys()].sort();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (find(keys[i]!) !== find(keys[j]!) && linked(classes.get(keys[i]!)!, classes.get(keys[j]!)!, standing, options)) union(keys[i]!, keys[j]!);
    }
  }
  const events = new Map<string, { classes: ReportClass[]; edges: Edge[] }>();
  for (const k of keys) {
    const root = find(k);
    const ev = events.get(root) ?? { classes: [], edges: [] };
    ev.classes.push(classes.get(k)!);
    events.set(root, ev);
  }
  edges.forEach((e, i) => events.get(find(edgeClass[i]!))!.edges.push(e));

  const first = edges[0]!;
  return [...events.values()].map((ev) => {
    const chosen = [...ev.classes].sort(compareClasses)[0]!;
    const provenance = unionProvenance(ev.edges.map((e) => e.provenance)) as Edge['provenance'];
    return canonicalEdge({
      id: `${first.type}|${first.source}|${first.target}|${dateToken(chosen.date, chosen.precision)}`,
      type: first.type,
      source: first.source,
      target: first.target,
      directed: ev.edges.some((e) => e.directed),
      date: chosen.date,
      datePrecision: chosen.precision,
      attributes: mergeAttributes(ev.edges, ev.classes, chosen),
      sources: new Set(provenance.map((p) => p.article)).size,
      provenance,
    });
  });
}

function compareWarnings(a: Warning, b: Warning): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.code, b.code)
    || compareStrings(a.message, b.message) || compareStrings(a.pointer ?? '', b.pointer ?? '');
}

/** One node id's copies folded as they arrive: what mergeNodes needs, without keeping the copies. */
interface NodeParts {
  type: Node['type'];
  readonly labels: Set<string>;
  /** Every label and alias of every copy. */
  readonly names: Set<string>;
  readonly sameAs: Set<string>;
  readonly named: NamedIn;
  qid?: string;
  iso3?: string;
  state?: EntityKey;
  terms?: Node['terms'];
}

/** Deep equality of JSON values (object key order counts, as it does in their JSON text). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `least` of two values, the current one kept when equal: the smallest JSON text by code point. */
function lesser<T>(current: T | undefined, value: T | undefined): T | undefined {
  if (value === undefined) return current;
  if (current === undefined) return value;
  if (sameJson(current, value)) return current;
  return JSON.stringify(value) < JSON.stringify(current) ? value : current;
}

function warningOf(w: Warning): Warning {
  return { code: w.code, message: w.message, file: w.file, ...(w.line !== undefined ? { line: w.line } : {}), ...(w.pointer !== undefined ? { pointer: w.pointer } : {}) };
}

/**
 * Merges graph documents one at a time, holding only the running union: each article once, per node id the
 * names, ids and provenance seen, and the edges grouped by type and participants. `result()` then joins nodes,
 * reconciles each group's reports into events and sorts everything, so the result is that of mergeDocuments on
 * all the documents added, whatever their order. A merger gives one result; add nothing after it.
 */
export class GraphMerger {
  private readonly settings: Required<MergeOptions>;
  private readonly articles = new Map<string, Article>();
  private readonly nodes = new Map<EntityKey, NodeParts>();
  /** Edges by type, participants (canonical order when undirected) and direction. */
  private readonly groups = new Map<string, Edge[]>();
  private readonly warnings = new Map<string, Warning>();
  private finished = false;
  /** Documents added. */
  documents = 0;

  constructor(options: MergeOptions = {}) {
    this.settings = { ...defaultMergeOptions, ...options };
  }

  /** One string per article id, shared by every provenance that names it (JSON.parse makes a copy per item). */
  private readonly articleIds = new Map<string, string>();

  private intern(provenance: readonly Provenance[]): Provenance[] {
    return provenance.map((p) => {
      const id = this.articleIds.get(p.article);
      if (id === undefined) { this.articleIds.set(p.article, p.article); return p; }
      return { ...p, article: id };
    });
  }

  /** Folds one document (a fragment or a whole graph) into the union. */
  add(doc: GraphDocument): void {
    if (this.finished) throw new Error('GraphMerger: add() after result()');
    this.documents++;
    for (const raw of doc.articles) {
      const a = canonicalArticle(raw);
      const current = this.articles.get(a.id);
      if (!current || (current !== a && JSON.stringify(a) < JSON.stringify(current))) this.articles.set(a.id, a);
    }
    for (const n of doc.nodes) {
      let parts = this.nodes.get(n.id);
      if (!parts) {
        parts = { type: n.type, labels: new Set(), names: new Set(), sameAs: new Set(), named: new Map() };
        this.nodes.set(n.id, parts);
      } else if (n.type < parts.type) {
        parts.type = n.type;
      }
      parts.labels.add(n.label);
      parts.names.add(n.label);
      for (const a of n.aliases) parts.names.add(a);
      for (const s of n.sameAs ?? []) if (s !== n.id) parts.sameAs.add(s);
      foldNamedIn(parts.named, this.intern(n.provenance));
      parts.qid = lesser(parts.qid, n.qid);
      parts.iso3 = lesser(parts.iso3, n.iso3);
      parts.state = lesser(parts.state, n.state);
      parts.terms = lesser(parts.terms, n.terms);
    }
    for (const e of doc.edges) {
      let source = e.source;
      let target = e.target;
      if (!e.directed && target < source) [source, target] = [target, source];
      const key = `${e.type}\u0000${source}\u0000${target}\u0000${e.directed ? 1 : 0}`;
      // The id and the count of sources are made anew for each event: not kept, to save memory on large merges.
      const edge: Edge = { ...e, id: '', source, target, sources: 0, provenance: this.intern(e.provenance) as Edge['provenance'] };
      const list = this.groups.get(key);
      if (list) list.push(edge);
      else this.groups.set(key, [edge]);
    }
    for (const w of doc.warnings ?? []) {
      const warning = warningOf(w);
      this.warnings.set(JSON.stringify(warning), warning);
    }
  }

  /** Articles, node ids and edge groups held so far. */
  get size(): { articles: number; nodes: number; edgeGroups: number } {
    return { articles: this.articles.size, nodes: this.nodes.size, edgeGroups: this.groups.size };
  }

  /** The merged document. Releases what the merger holds as it goes. */
  result(): GraphDocument {
    if (this.finished) throw new Error('GraphMerger: result() called twice');
    this.finished = true;
    const byId = new Map<EntityKey, Node>();
    for (const [id, parts] of this.nodes) {
      byId.set(id, nodeOf(id, parts));
      this.nodes.delete(id);
    }
    // Identity needs who is adjacent to whom: one edge per group says as much as all of them.
    const adjacency = [...this.groups.values()].map((g) => g[0]!);
    const identity = resolveIdentities(byId, adjacency, this.settings.minNameWords);
    const to = (id: EntityKey) => identity.get(id) ?? id;

    const joined = new Map<EntityKey, Node[]>();
    for (const node of byId.values()) {
      const id = to(node.id);
      const list = joined.get(id) ?? [];
      list.push(node);
      joined.set(id, list);
    }
    const nodes = [...joined.entries()].map(([id, group]) => (group.length === 1 && group[0]!.id === id
      ? group[0]!
      : mergeNodes(id, group, group.filter((n) => n.id === id))));
    byId.clear();

    // Groups whose participants were joined come together under the joined ids.
    const groups = new Map<string, Edge[][]>();
    for (const [rawKey, list] of this.groups) {
      this.groups.delete(rawKey);
      const first = list[0]!;
      let source = to(first.source);
      let target = to(first.target);
      if (!first.directed && target < source) [source, target] = [target, source];
      const key = `${first.type}\u0000${source}\u0000${target}`;
      const moved = source === first.source && target === first.target ? list : list.map((e) => ({ ...e, source, target }));
      const lists = groups.get(key);
      if (lists) lists.push(moved);
      else groups.set(key, [moved]);
    }
    const standing = new Set<string>(this.settings.standingRelations);
    const edges: Edge[] = [];
    for (const [key, lists] of groups) {
      groups.delete(key);
      const group = lists.length === 1 ? lists[0]! : lists.flat();
      for (const edge of reconcileGroup(group, standing.has(group[0]!.type), this.settings)) edges.push(edge);
    }

    const result: GraphDocument = {
      format: 'diplograph/1',
      articles: [...this.articles.values()].sort(compareIds),
      nodes: nodes.sort(compareIds),
      edges: edges.sort(compareIds),
    };
    this.articles.clear();
    this.articleIds.clear();
    if (this.warnings.size > 0) result.warnings = [...this.warnings.values()].sort(compareWarnings);
    return result;
  }
}

/** The node an id's folded copies make: what mergeNodes gives for all the copies at once. */
function nodeOf(id: EntityKey, parts: NodeParts): Node {
  const label = chooseLabel([...parts.labels]);
  parts.names.delete(label);
  parts.sameAs.delete(id);
  const node: Node = {
    id,
    type: parts.type,
    label,
    aliases: [...parts.names].sort(compareStrings),
    provenance: namedInList(parts.named),
  };
  if (parts.qid !== undefined) node.qid = parts.qid;
  if (parts.iso3 !== undefined) node.iso3 = parts.iso3;
  if (parts.state !== undefined) node.state = parts.state;
  if (parts.terms !== undefined) node.terms = parts.terms;
  if (parts.sameAs.size > 0) node.sameAs = [...parts.sameAs].sort(compareStrings);
  return canonicalNode(node);
}

/**
 * Merges graph documents into one (see the header of src/graph/merge.ts for the rules). Input order does not
 * matter, and merging is associative, so shards can be merged in any grouping. Positions are dropped.
 */
export function mergeDocuments(documents: Iterable<GraphDocument>, options: MergeOptions = {}): GraphDocument {
  const merger = new GraphMerger(options);
  for (const doc of documents) merger.add(doc);
  return merger.result();
}
