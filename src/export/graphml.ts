// GraphML for networkx, graphology-graphml, yEd and Cytoscape: keys declared with their types, positions as
// node data `x`/`y`, edge ids kept. networkx rejects per-edge `directed="false"` in a directed graph, so the
// graph is directed and each edge's `directed` is a boolean data field instead.
import type { DiploGraph } from '../graph/document.js';
import { edgeColumns, flat, nodeColumns, sortedEdges, sortedNodes, type Column, type ColumnType } from './columns.js';
import { escapeXml, xmlAttributes } from './xml.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', date: 'string' };

function keys(kind: 'node' | 'edge', columns: readonly Column[]): string[] {
  return columns.map((c) => `  <key${xmlAttributes({ id: `${kind[0]}_${c.name}`, for: kind, 'attr.name': c.name, 'attr.type': GRAPHML_TYPE[c.type] })}/>`);
}

function data(kind: 'node' | 'edge', columns: readonly Column[], key: string): string {
  let out = '';
  for (const c of columns) {
    const v = flat(c.value(key));
    if (v !== undefined) out += `<data key="${kind[0]}_${c.name}">${escapeXml(String(v))}</data>`;
  }
  return out;
}

/** The graph as a GraphML document (UTF-8 declared), a line per node and edge: no whole-document string. */
export function* graphmlPieces(graph: DiploGraph): Generator<string> {
  const nodeCols: Column[] = [
    { name: 'label', type: 'string', value: (k) => graph.getNodeAttribute(k, 'label') },
    ...nodeColumns(graph),
    { name: 'x', type: 'double', value: (k) => graph.getNodeAttribute(k, 'x') },
    { name: 'y', type: 'double', value: (k) => graph.getNodeAttribute(k, 'y') },
  ];
  const edgeCols = edgeColumns(graph);
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', nodeCols),
    ...keys('edge', edgeCols),
    '  <graph id="diplograph" edgedefault="directed">',
  ];
  yield `${head.join('\n')}\n`;
  for (const id of sortedNodes(graph)) yield `    <node${xmlAttributes({ id })}>${data('node', nodeCols, id)}</node>\n`;
  for (const id of sortedEdges(graph)) {
    const [source, target] = graph.extremities(id);
    yield `    <edge${xmlAttributes({ id, source, target })}>${data('edge', edgeCols, id)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** graphmlPieces as one string, for graphs small enough to hold in one. */
export function toGraphml(graph: DiploGraph): string {
  return [...graphmlPieces(graph)].join('');
}
