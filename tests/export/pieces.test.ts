// Exports as pieces, so that a graph whose export outgrows one JavaScript string (about 512 million characters)
// can still be written: the pieces joined are each format's string, and the line formats yield a line at a time,
// never the whole document.
import { beforeAll, describe, expect, it } from 'vitest';
import { neo4jCsvPieces, toNeo4jCsv } from '../../src/export/csv.js';
import { gexfPieces, toGexf } from '../../src/export/gexf.js';
import { graphmlPieces, toGraphml } from '../../src/export/graphml.js';
import { graphologyJsonPieces, toGraphologyJson } from '../../src/export/json.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { devGraph } from '../graph/dev.js';

type Export = (graph: DiploGraph) => Iterable<string>;

const lineFormats: [string, Export, (graph: DiploGraph) => string][] = [
  ['GEXF', gexfPieces, toGexf],
  ['GraphML', graphmlPieces, toGraphml],
  ['nodes.csv', (g) => neo4jCsvPieces(g).nodes, (g) => toNeo4jCsv(g).nodes],
  ['relationships.csv', (g) => neo4jCsvPieces(g).relationships, (g) => toNeo4jCsv(g).relationships],
];

/** Larger than any one node or edge line of the dev graph, smaller than each whole file. */
const BOUND = 16 * 1024;

describe('export pieces on the dev graph', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it.each([...lineFormats, ['graphology JSON', graphologyJsonPieces, toGraphologyJson] as const])('%s: the pieces joined are the string export', (_, pieces, whole) => {
    expect([...pieces(graph)].join('')).toBe(whole(graph));
  });

  it.each(lineFormats)(`%s: no piece reaches ${BOUND} characters, though the whole does`, (_, pieces) => {
    const list = [...pieces(graph)];
    expect(list.join('').length).toBeGreaterThan(BOUND);
    expect(Math.max(...list.map((p) => p.length))).toBeLessThan(BOUND);
  });

  it('graphology JSON is JSON.stringify(graph.export(), null, 2) and a newline, byte for byte', () => {
    expect(toGraphologyJson(graph)).toBe(`${JSON.stringify(graph.export(), null, 2)}\n`);
  });
});
