// GEXF 1.3 for Gephi, written directly (graphology-gexf writes no dynamics): a dynamic graph with
// `timeformat="date"` whose dated edges carry `start`/`end` (the day, or the whole month or year the date
// stands for), so Gephi's timeline filters them; undated edges (standing relations) exist throughout. Edge
// `kind` is the edge type; symmetric types are `type="undirected"`. Attributes are declared (columns.ts), and
// viz gives colour per type, size by degree and the layout's positions. Valid against the official Relax NG.
import type { DiploGraph } from '../graph/document.js';
import { spellOf } from '../graph/dates.js';
import { edgeColours, edgeThickness, nodeColours, nodeSize, type Rgb } from './appearance.js';
import { edgeColumns, flat, nodeColumns, sortedEdges, sortedNodes, type Column, type ColumnType } from './columns.js';
import { escapeXml, xmlAttributes } from './xml.js';

export interface GexfOptions {
  /** Text of `<meta><description>`; a count of articles, nodes and edges by default. */
  readonly description?: string;
}

const GEXF_TYPE: Record<ColumnType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean', date: 'string' };

function declarations(kind: 'node' | 'edge', columns: readonly Column[]): string {
  const lines = columns.map((c) => `      <attribute${xmlAttributes({ id: c.name, title: c.name, type: GEXF_TYPE[c.type] })}/>`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join('\n')}\n    </attributes>\n`;
}

function attvalues(columns: readonly Column[], key: string): string {
  const values: string[] = [];
  for (const c of columns) {
    const v = flat(c.value(key));
    if (v !== undefined) values.push(`<attvalue${xmlAttributes({ for: c.name, value: v })}/>`);
  }
  return values.length > 0 ? `<attvalues>${values.join('')}</attvalues>` : '';
}

const colour = (c: Rgb) => `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`;
const label = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The graph as a GEXF 1.3 document (UTF-8 declared), a line per node and edge: no whole-document string. */
export function* gexfPieces(graph: DiploGraph, options: GexfOptions = {}): Generator<string> {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const articles = graph.getAttribute('articles')?.length ?? 0;
  const maxDegree = nodes.reduce((m, n) => Math.max(m, graph.degree(n)), 0);
  const description = options.description ?? `diplograph graph: ${articles} articles, ${graph.order} nodes, ${graph.size} edges`;

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta>\n    <creator>diplograph</creator>\n    <description>${escapeXml(description)}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  yield declarations('node', nodeCols);
  yield declarations('edge', edgeCols);
  yield `    <nodes count="${nodes.length}">\n`;
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    const position = typeof a.x === 'number' && typeof a.y === 'number' ? `<viz:position x="${a.x}" y="${a.y}" z="0"/>` : '';
    yield `      <node${xmlAttributes({ id, label: label(a.label) })}>${attvalues(nodeCols, id)}`
      + `${colour(nodeColours[a.type])}<viz:size value="${nodeSize(graph.degree(id), maxDegree)}"/>${position}</node>\n`;
  }
  yield '    </nodes>\n';
  yield `    <edges count="${edges.length}">\n`;
  for (const id of edges) {
    const a = graph.getEdgeAttributes(id);
    const [source, target] = graph.extremities(id);
    const spell = spellOf(a.date, a.datePrecision);
    const attributes = xmlAttributes({
      id, source, target,
      type: a.directed ? 'directed' : 'undirected',
      kind: a.type,
      label: a.date ? `${a.type} ${a.date}` : a.type,
      weight: a.sources,
      start: spell?.start,
      end: spell?.end,
    });
    yield `      <edge${attributes}>${attvalues(edgeCols, id)}${colour(edgeColours[a.type])}<viz:thickness value="${edgeThickness(a.sources)}"/></edge>\n`;
  }
  yield '    </edges>\n';
  yield '  </graph>\n</gexf>\n';
}

/** gexfPieces as one string, for graphs small enough to hold in one. */
export function toGexf(graph: DiploGraph, options: GexfOptions = {}): string {
  return [...gexfPieces(graph, options)].join('');
}
