// `diplograph export`: each format written where asked, to a file or standard output with the same bytes as the
// library's string export, the GEXF valid against the official schema, csv needing a folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/csv.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toGraphologyJson } from '../../src/export/json.js';
import { loadGraph } from '../../src/graph/load.js';
import { cli } from '../helpers/cli.js';
import { devArticlesDir } from '../helpers/corpus.js';
import { validateGexf } from '../export/xmllint.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-export-'));
const graph = join(dir, 'graph.json');

describe('diplograph export', () => {
  beforeAll(() => {
    const built = cli(['build', devArticlesDir, '--out', graph, '--no-cache', '--no-layout']);
    expect(built.status, built.stderr).toBe(0);
  });

  it('writes GEXF (format from the extension) that xmllint validates, laying out a graph without positions', async () => {
    const out = join(dir, 'dev.gexf');
    const r = cli(['export', graph, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect((await validateGexf(readFileSync(out, 'utf8'))).valid).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('<viz:position');
  });

  it('--no-layout leaves positions out', () => {
    const r = cli(['export', graph, '--format', 'gexf', '--no-layout']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('mode="dynamic"');
    expect(r.stdout).not.toContain('<viz:position');
  });

  it.each([['gexf', toGexf], ['graphml', toGraphml], ['json', toGraphologyJson]] as const)('%s: the file and standard output hold what the string export gives', (format, whole) => {
    const expected = whole(loadGraph(graph));
    const out = join(dir, `same.${format}`);
    const written = cli(['export', graph, '--out', out, '--no-layout']);
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    const printed = cli(['export', graph, '-f', format, '--no-layout']);
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(expected);
  });

  it('writes csv into a folder, and asks for one otherwise (exit 2)', () => {
    const out = join(dir, 'neo4j');
    const r = cli(['export', graph, '-f', 'csv', '--out', out, '--no-layout']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('neo4j-admin database import full');
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,/);
    expect(readFileSync(join(out, 'relationships.csv'), 'utf8')).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    const csv = toNeo4jCsv(loadGraph(graph));
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toBe(csv.nodes);
    expect(readFileSync(join(out, 'relationships.csv'), 'utf8')).toBe(csv.relationships);
    expect(cli(['export', graph, '-f', 'csv']).status).toBe(2);
    expect(cli(['export', graph, '-f', 'pdf']).status).toBe(2);
  });

  it('takes the format from --out: .graphml, .csv (two files beside it), an existing folder', () => {
    const graphml = cli(['export', graph, '--out', join(dir, 'named.graphml'), '--no-layout']);
    expect(graphml.status, graphml.stderr).toBe(0);
    expect(readFileSync(join(dir, 'named.graphml'), 'utf8')).toBe(toGraphml(loadGraph(graph)));
    const csv = toNeo4jCsv(loadGraph(graph));
    const file = cli(['export', graph, '--out', join(dir, 'graph.csv'), '--no-layout']);
    expect(file.status, file.stderr).toBe(0);
    expect(readFileSync(join(dir, 'graph.nodes.csv'), 'utf8')).toBe(csv.nodes);
    expect(readFileSync(join(dir, 'graph.relationships.csv'), 'utf8')).toBe(csv.relationships);
    expect(file.stderr).toContain('--nodes=graph.nodes.csv --relationships=graph.relationships.csv');
    mkdirSync(join(dir, 'neo4j-folder'));
    const folder = cli(['export', graph, '--out', join(dir, 'neo4j-folder'), '--no-layout']);
    expect(folder.status, folder.stderr).toBe(0);
    expect(readFileSync(join(dir, 'neo4j-folder', 'nodes.csv'), 'utf8')).toBe(csv.nodes);
  });

  it('lets --format choose for an extension that names no format, and refuses one --out contradicts (exit 2, one line)', () => {
    const xml = cli(['export', graph, '--format', 'graphml', '--out', join(dir, 'graph.xml'), '--no-layout']);
    expect(xml.status, xml.stderr).toBe(0);
    expect(readFileSync(join(dir, 'graph.xml'), 'utf8')).toContain('<graphml');
    const r = cli(['export', graph, '--format', 'gexf', '--out', join(dir, 'clash.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`diplograph: export: --format gexf contradicts --out ${join(dir, 'clash.csv')}, which names csv\n`);
    expect(existsSync(join(dir, 'clash.csv'))).toBe(false);
  });
});
