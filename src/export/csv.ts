// CSV files in the header format of `neo4j-admin database import`: nodes.csv with `id:ID` and `:LABEL` (the node
// type), relationships.csv with `:START_ID`, `:END_ID` and `:TYPE` (the edge type), then typed property columns
// (`sources:int`, `date:date`, `aliases:string[]` with neo4j's default `;` array delimiter). Every string is
// quoted, with quotes doubled, and line breaks folded to spaces so that no multiline option is needed.
import type { DiploGraph } from '../graph/document.js';
import { edgeColumns, nodeColumns, sortedEdges, sortedNodes, type Cell, type Column, type ColumnType } from './columns.js';

const NEO4J_TYPE: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', date: 'date' };

export interface Neo4jCsv {
  readonly nodes: string;
  readonly relationships: string;
}

/** The two files as pieces, a line each; each iterable can be read once. */
export interface Neo4jCsvPieces {
  readonly nodes: Iterable<string>;
  readonly relationships: Iterable<string>;
}

/** The command that loads the files into a new database named `database`. */
export function neo4jImportCommand(nodesFile = 'nodes.csv', relationshipsFile = 'relationships.csv', database = 'neo4j'): string {
  return `neo4j-admin database import full --nodes=${nodesFile} --relationships=${relationshipsFile} ${database}`;
}

const quote = (text: string) => `"${text.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;

function cell(value: Cell): string {
  if (value === undefined) return '';
  // neo4j splits arrays on ';' and has no escape for it inside an item.
  if (Array.isArray(value)) return value.length > 0 ? quote(value.map((v) => v.replace(/;/g, ',')).join(';')) : '';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

const header = (c: Column) => `${c.name}:${NEO4J_TYPE[c.type]}${c.list ? '[]' : ''}`;

function* nodeLines(graph: DiploGraph): Generator<string> {
  const columns: Column[] = [
    { name: 'label', type: 'string', value: (k) => graph.getNodeAttribute(k, 'label') },
    ...nodeColumns(graph),
    { name: 'x', type: 'double', value: (k) => graph.getNodeAttribute(k, 'x') },
    { name: 'y', type: 'double', value: (k) => graph.getNodeAttribute(k, 'y') },
  ];
  yield `${['id:ID', ':LABEL', ...columns.map(header)].join(',')}\n`;
  for (const id of sortedNodes(graph)) {
    yield `${[quote(id), quote(graph.getNodeAttribute(id, 'type')), ...columns.map((c) => cell(c.value(id)))].join(',')}\n`;
  }
}

function* relationshipLines(graph: DiploGraph): Generator<string> {
  const columns = edgeColumns(graph);
  yield `${[':START_ID', ':END_ID', ':TYPE', 'id:string', ...columns.map(header)].join(',')}\n`;
  for (const id of sortedEdges(graph)) {
    const [source, target] = graph.extremities(id);
    yield `${[quote(source), quote(target), quote(graph.getEdgeAttribute(id, 'type')), quote(id), ...columns.map((c) => cell(c.value(id)))].join(',')}\n`;
  }
}

/** nodes.csv and relationships.csv, a line per node and edge: no whole-file string. */
export function neo4jCsvPieces(graph: DiploGraph): Neo4jCsvPieces {
  return { nodes: nodeLines(graph), relationships: relationshipLines(graph) };
}

/** neo4jCsvPieces as two strings, for graphs small enough to hold in them. */
export function toNeo4jCsv(graph: DiploGraph): Neo4jCsv {
  const csv = neo4jCsvPieces(graph);
  return { nodes: [...csv.nodes].join(''), relationships: [...csv.relationships].join('') };
}
