// The viewer's graph: one graphology MultiGraph whose attributes are the document's own fields (type, label,
// aliases, terms, date, sources, provenance, ...) and nothing else. View state never goes in here.
import { MultiGraph } from 'graphology';
import type { Article, Edge, GraphDocument, Node, Provenance } from '../../../src/document/types.gen.js';

export type { Article, Edge, GraphDocument, Node, Provenance };

export type NodeAttributes = Omit<Node, 'id' | 'x' | 'y'> & { x: number; y: number };
/** A document edge's fields; evidence may be empty for edges read from a GEXF written elsewhere. */
export type EdgeAttributes = Omit<Edge, 'id' | 'source' | 'target' | 'provenance'> & { provenance: Provenance[] };
export interface GraphAttributes {
  /** The file the graph came from, for the page title and export names. */
  name: string;
  /** Articles by id: the evidence panel reads titles, dates and links from here. */
  articles: ReadonlyMap<string, Article>;
  /** Whether the document carried positions; when not, the viewer seeded a layout of its own. */
  positioned: boolean;
}
export type ViewerGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A file the viewer cannot show; the message is written for the person who chose the file. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}

export function createViewerGraph(name: string, articles: ReadonlyMap<string, Article>): ViewerGraph {
  const graph: ViewerGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', allowSelfLoops: true });
  graph.replaceAttributes({ name, articles, positioned: true });
  return graph;
}

/**
 * Builds the viewer graph from a schema-valid document. The schema cannot say that edges join known nodes or
 * that ids are unique, so those two are checked here; positions missing from the document are NaN until
 * `seedLayout` fills them.
 */
export function fromDocument(doc: GraphDocument, name: string): ViewerGraph {
  const graph = createViewerGraph(name, new Map(doc.articles.map((a) => [a.id, a])));
  let positioned = true;
  for (const { id, x, y, ...rest } of doc.nodes) {
    if (graph.hasNode(id)) throw new LoadError(`${name}: node "${id}" appears twice`);
    if (x === undefined || y === undefined) positioned = false;
    graph.addNode(id, { ...rest, x: x ?? Number.NaN, y: y ?? Number.NaN });
  }
  for (const { id, source, target, ...rest } of doc.edges) {
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new LoadError(`${name}: edge "${id}" joins "${end}", which is not a node in the file`);
    }
    if (graph.hasEdge(id)) throw new LoadError(`${name}: edge "${id}" appears twice`);
    if (rest.directed) graph.addDirectedEdgeWithKey(id, source, target, rest);
    else graph.addUndirectedEdgeWithKey(id, source, target, rest);
  }
  graph.setAttribute('positioned', positioned);
  return graph;
}

export function maxSources(graph: ViewerGraph): number {
  let max = 1;
  graph.forEachEdge((_e, a) => { if (a.sources > max) max = a.sources; });
  return max;
}
