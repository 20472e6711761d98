// graphology's own serialisation (`graph.export()`): what `Graph.from(json)` or `graph.import(json)` reads back,
// in a browser or Node. Attributes are the document's fields, the graph's attributes its articles.
import type { DiploGraph } from '../graph/document.js';
import { documentChunks } from '../graph/write.js';

/** `JSON.stringify(graph.export(), null, 2)` and a newline, in pieces of about a million characters. */
export function graphologyJsonPieces(graph: DiploGraph): Generator<string> {
  return documentChunks(graph.export());
}

/** graphologyJsonPieces as one string, for graphs small enough to hold in one. */
export function toGraphologyJson(graph: DiploGraph): string {
  return [...graphologyJsonPieces(graph)].join('');
}
