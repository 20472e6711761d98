// Combines graph documents (one article's fragments, or whole graphs) into one: articles, nodes and edges
// are united by id, evidence is kept from every source. The result does not depend on input order.
import type { Edge, GraphDocument, Node, Provenance } from '../document/types.gen.js';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function provenanceKey(p: Provenance): string {
  return `${p.article}\u0000${String(p.start).padStart(12, '0')}\u0000${String(p.end).padStart(12, '0')}`;
}

function unionProvenance(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const map = new Map<string, Provenance>();
  for (const p of [...a, ...b]) map.set(provenanceKey(p), p);
  return [...map.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, p]) => p);
}

function mergeNode(a: Node, b: Node): Node {
  const aliases = new Set([...a.aliases, ...b.aliases, a.label, b.label]);
  // The label of a gazetteer entity is the same everywhere; for pattern-made ones keep the shortest.
  const label = a.label.length <= b.label.length ? a.label : b.label;
  aliases.delete(label);
  return { ...b, ...a, label, aliases: [...aliases].sort(), provenance: unionProvenance(a.provenance, b.provenance) };
}

function mergeEdge(a: Edge, b: Edge): Edge {
  const provenance = unionProvenance(a.provenance, b.provenance);
  const sources = new Set(provenance.map((p) => p.article)).size;
  return { ...b, ...a, attributes: { ...b.attributes, ...a.attributes }, provenance: provenance as Edge['provenance'], sources };
}

export function mergeDocuments(documents: Iterable<GraphDocument>): GraphDocument {
  const articles = new Map<string, GraphDocument['articles'][number]>();
  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  const warnings: NonNullable<GraphDocument['warnings']> = [];
  for (const doc of documents) {
    for (const a of doc.articles) if (!articles.has(a.id) || a.sha256 < articles.get(a.id)!.sha256) articles.set(a.id, a);
    for (const n of doc.nodes) nodes.set(n.id, nodes.has(n.id) ? mergeNode(nodes.get(n.id)!, n) : n);
    for (const e of doc.edges) edges.set(e.id, edges.has(e.id) ? mergeEdge(edges.get(e.id)!, e) : e);
    warnings.push(...(doc.warnings ?? []));
  }
  return {
    format: 'diplograph/1',
    articles: [...articles.values()].sort(byId),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
