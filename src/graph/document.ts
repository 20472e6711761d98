// The graph document (schema/graph.schema.json) as a graphology MultiDirectedGraph and back. Every edge is a
// directed graphology edge; the symmetric types (phone_call, meeting, shared_stance) carry `directed: false`
// with their participants in canonical order, and queries read them both ways. Conversions write objects with
// a fixed key order and sorted lists, so equal graphs serialise to equal bytes.
import { MultiDirectedGraph } from 'graphology';
import type { Article, Edge, GraphDocument, Node, Warning } from '../document/types.gen.js';
import { InputError } from '../errors.js';

/** A node's attributes in the graph: the document's node without its id (the graph key). */
export type NodeAttributes = Omit<Node, 'id'>;
/** An edge's attributes in the graph: the document's edge without id, source and target. */
export type EdgeAttributes = Omit<Edge, 'id' | 'source' | 'target'>;
export interface GraphAttributes {
  format: GraphDocument['format'];
  articles: Article[];
  warnings?: Warning[];
}

/** A diplograph graph: node keys are EntityKeys, edge keys the document's edge ids. */
export type DiploGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Code-point order (what `<` does on strings), independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareIds(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

/** The node with its keys in schema order. */
export function canonicalNode(n: Node): Node {
  const node: Node = { id: n.id, type: n.type, label: n.label, aliases: n.aliases } as Node;
  if (n.qid !== undefined) node.qid = n.qid;
  if (n.iso3 !== undefined) node.iso3 = n.iso3;
  if (n.state !== undefined) node.state = n.state;
  if (n.terms !== undefined) node.terms = n.terms;
  if (n.sameAs !== undefined) node.sameAs = n.sameAs;
  if (n.x !== undefined) node.x = n.x;
  if (n.y !== undefined) node.y = n.y;
  node.provenance = n.provenance;
  return node;
}

/** The edge with its keys in schema order. */
export function canonicalEdge(e: Edge): Edge {
  return {
    id: e.id, type: e.type, source: e.source, target: e.target, directed: e.directed, date: e.date,
    datePrecision: e.datePrecision, attributes: e.attributes, sources: e.sources, provenance: e.provenance,
  };
}

export function canonicalArticle(a: Article): Article {
  return {
    id: a.id, title: a.title, published: a.published,
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    sha256: a.sha256,
  };
}

/**
 * The document as a graph. Edges must join nodes of the document; `file` names the document in the error
 * otherwise. The document is expected to be schema-valid (see loadGraph).
 */
export function toGraph(doc: GraphDocument, file = '<graph>'): DiploGraph {
  const graph: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ format: doc.format, articles: doc.articles, ...(doc.warnings ? { warnings: doc.warnings } : {}) });
  doc.nodes.forEach((n, i) => {
    if (graph.hasNode(n.id)) throw new InputError(file, `node id "${n.id}" appears twice`, { pointer: `/nodes/${i}/id` });
    const { id, ...attributes } = n;
    graph.addNode(id, attributes);
  });
  doc.edges.forEach((e, i) => {
    if (graph.hasEdge(e.id)) throw new InputError(file, `edge id "${e.id}" appears twice`, { pointer: `/edges/${i}/id` });
    for (const end of ['source', 'target'] as const) {
      if (!graph.hasNode(e[end])) throw new InputError(file, `edge ${end} "${e[end]}" is not a node of the graph`, { pointer: `/edges/${i}/${end}` });
    }
    const { id, source, target, ...attributes } = e;
    graph.addDirectedEdgeWithKey(id, source, target, attributes);
  });
  return graph;
}

/** The graph as a document: nodes and edges sorted by id, keys in schema order. */
export function toDocument(graph: DiploGraph): GraphDocument {
  const nodes: Node[] = [];
  graph.forEachNode((id, attributes) => nodes.push(canonicalNode({ id, ...attributes })));
  const edges: Edge[] = [];
  graph.forEachEdge((id, attributes, source, target) => edges.push(canonicalEdge({ id, source, target, ...attributes })));
  const attributes = graph.getAttributes();
  const doc: GraphDocument = {
    format: 'diplograph/1',
    articles: [...(attributes.articles ?? [])].map(canonicalArticle).sort(compareIds),
    nodes: nodes.sort(compareIds),
    edges: edges.sort(compareIds),
  };
  if (attributes.warnings && attributes.warnings.length > 0) doc.warnings = attributes.warnings;
  return doc;
}
