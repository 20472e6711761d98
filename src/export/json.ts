// graphology's own serialisation (`graph.export()`): what `Graph.from(json)` or `graph.import(json)` reads back,
// in a browser or Node. Attributes are the document's fields, the graph's attributes its articles.
import type { DiploGraph } from '../graph/document.js';

export function toGraphologyJson(graph: DiploGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
