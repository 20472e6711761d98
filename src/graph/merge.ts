// Merges graph documents (one article's fragments, or whole graphs) into one.
//   - Articles are united by id.
//   - Nodes are united by id, then pattern-made nodes that are one thing under several slugs are joined
//     (identity.ts); edges follow their endpoints to the joined id.
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
  for (const list of lists) all.push(...list);
  all.sort(compareProvenance);
  return all.filter((p, i) => i === 0 || compareProvenance(all[i - 1]!, p) !== 0);
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
  const node: Node = {
    id,
    type: group[0]!.type,
    label,
    aliases: [...aliases].sort(compareStrings),
    provenance: unionProvenance(group.map((n) => n.provenance)),
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

/**
 * Merges graph documents into one (see the header of src/graph/merge.ts for the rules). Input order does not
 * matter, and merging is associative, so shards can be merged in any grouping. Positions are dropped.
 */
export function mergeDocuments(documents: Iterable<GraphDocument>, options: MergeOptions = {}): GraphDocument {
  const settings = { ...defaultMergeOptions, ...options };
  const articles = new Map<string, Article>();
  const nodesById = new Map<EntityKey, Node[]>();
  const allEdges: Edge[] = [];
  const warnings = new Map<string, Warning>();
  for (const doc of documents) {
    for (const raw of doc.articles) {
      const a = canonicalArticle(raw);
      const current = articles.get(a.id);
      if (!current || JSON.stringify(a) < JSON.stringify(current)) articles.set(a.id, a);
    }
    for (const n of doc.nodes) {
      const list = nodesById.get(n.id) ?? [];
      list.push(n);
      nodesById.set(n.id, list);
    }
    allEdges.push(...doc.edges);
    for (const w of doc.warnings ?? []) {
      const warning: Warning = { code: w.code, message: w.message, file: w.file, ...(w.line !== undefined ? { line: w.line } : {}), ...(w.pointer !== undefined ? { pointer: w.pointer } : {}) };
      warnings.set(JSON.stringify(warning), warning);
    }
  }

  const byId = new Map<EntityKey, Node>();
  for (const [id, group] of nodesById) byId.set(id, mergeNodes(id, group, group));
  const identity = resolveIdentities(byId, allEdges, settings.minNameWords);
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

  const groups = new Map<string, Edge[]>();
  for (const e of allEdges) {
    let source = to(e.source);
    let target = to(e.target);
    if (!e.directed && target < source) [source, target] = [target, source];
    const key = `${e.type}\u0000${source}\u0000${target}`;
    const list = groups.get(key) ?? [];
    list.push(source === e.source && target === e.target ? e : { ...e, source, target });
    groups.set(key, list);
  }
  const standing = new Set<string>(settings.standingRelations);
  const edges: Edge[] = [];
  for (const group of groups.values()) edges.push(...reconcileGroup(group, standing.has(group[0]!.type), settings));

  const result: GraphDocument = {
    format: 'diplograph/1',
    articles: [...articles.values()].sort(compareIds),
    nodes: nodes.sort(compareIds),
    edges: edges.sort(compareIds),
  };
  if (warnings.size > 0) result.warnings = [...warnings.values()].sort(compareWarnings);
  return result;
}
