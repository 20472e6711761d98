// Neo4j CSV export: the headers neo4j-admin import reads, one row per node and edge, fields quoted so that
// commas, quotes and line breaks in quotes survive.
import { beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/csv.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { devGraph } from '../graph/dev.js';

/** RFC 4180 rows: quoted fields with doubled quotes. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

describe('toNeo4jCsv on the dev graph', () => {
  let graph: DiploGraph;
  let nodes: string[][];
  let relationships: string[][];
  beforeAll(async () => {
    graph = await devGraph();
    const csv = toNeo4jCsv(graph);
    nodes = parse(csv.nodes);
    relationships = parse(csv.relationships);
  });

  it('writes the neo4j-admin import headers', () => {
    expect(nodes[0]!.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(nodes[0]).toEqual(expect.arrayContaining(['aliases:string[]', 'degree:int', 'x:double']));
    expect(relationships[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relationships[0]).toEqual(expect.arrayContaining(['date:date', 'sources:int', 'directed:boolean', 'cameo:string']));
  });

  it('has one row per node and edge, every row as wide as its header', () => {
    expect(nodes.length - 1).toBe(graph.order);
    expect(relationships.length - 1).toBe(graph.size);
    for (const row of nodes) expect(row.length).toBe(nodes[0]!.length);
    for (const row of relationships) expect(row.length).toBe(relationships[0]!.length);
  });

  it('keeps ids, types and dates, and every relationship joins two listed nodes', () => {
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    const header = relationships[0]!;
    const call = relationships.find((r) => r[header.indexOf('id:string')] === 'phone_call|leader/Q5947347|leader/Q7747|2024-03-19')!;
    expect(call.slice(0, 3)).toEqual(['leader/Q5947347', 'leader/Q7747', 'phone_call']);
    expect(call[header.indexOf('date:date')]).toBe('2024-03-19');
    for (const r of relationships.slice(1)) expect(ids.has(r[0]) && ids.has(r[1])).toBe(true);
  });
});
