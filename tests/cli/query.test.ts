// The query commands on the dev graph: readable tables by default, JSON on request, one line and exit 1 for an
// unknown or ambiguous name or a graph that fails the schema, exit 2 for a bad option.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { devArticlesDir } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-query-'));
const graph = join(dir, 'graph.json');

describe('query commands on the dev graph', () => {
  beforeAll(() => {
    const built = cli(['build', devArticlesDir, '--out', graph, '--no-cache']);
    expect(built.status, built.stderr).toBe(0);
  });

  it('neighbours prints a table with Vladimir Putin and the 2024-03-19 phone call', () => {
    const r = cli(['neighbours', graph, 'Raeisi']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Ebrahim Raisi \(leader\/Q5947347\), leader: \d+ neighbours/);
    const row = r.stdout.split('\n').find((l) => l.includes('Vladimir Putin') && l.includes('phone_call'));
    expect(row).toContain('2024-03-19');
  });

  it('neighbours --json gives the node and its neighbours with edges and provenance', () => {
    const r = cli(['neighbours', graph, 'Raeisi', '--type', 'phone_call', '--since', '2024-01-01', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { node: { id: string }; neighbours: { node: { label: string }; edges: { type: string; date: string; provenance: unknown[] }[] }[] };
    expect(out.node.id).toBe('leader/Q5947347');
    expect(out.neighbours.map((n) => n.node.label)).toEqual(['Vladimir Putin']);
    expect(out.neighbours[0]!.edges).toMatchObject([{ type: 'phone_call', date: '2024-03-19' }]);
    expect(out.neighbours[0]!.edges[0]!.provenance.length).toBeGreaterThan(0);
  });

  it('neighbours --depth 2 adds a hop column', () => {
    const r = cli(['neighbours', graph, 'Raeisi', '--depth', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^hop\s+neighbour/m);
    expect(r.stdout).toMatch(/^2\s+/m);
  });

  it('an ambiguous name is one line listing the candidates, exit 1', () => {
    const r = cli(['neighbours', graph, 'Salman']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Mohammed bin Salman (leader/Q6892571)');
  });

  it('an unknown name is one line with the nearest names, exit 1', () => {
    const r = cli(['timeline', graph, 'Raisy']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/nearest names: .*Raisi/);
  });

  it('--since and --until take a year or a month, from its first day to its last', () => {
    const dated = (args: string[]) => {
      const r = cli(['timeline', graph, 'Putin', '--json', ...args]);
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { timeline: { edge: { date: string } }[] }).timeline.map((t) => t.edge.date);
    };
    const all = dated([]);
    const year = all.filter((d) => d.startsWith('2024'));
    expect(year.length).toBeGreaterThan(0);
    expect(dated(['--since', '2024', '--until', '2024'])).toEqual(year);
    expect(dated(['--since', '2024-03', '--until', '2024-03'])).toEqual(all.filter((d) => d.startsWith('2024-03')));
  });

  it('a bad option value is a usage error, exit 2', () => {
    expect(cli(['neighbours', graph, 'Putin', '--type', 'phoned']).status).toBe(2);
    expect(cli(['neighbours', graph, 'Putin', '--since', 'March']).status).toBe(2);
    expect(cli(['neighbours', graph, 'Putin', '--since', '2024-13']).status).toBe(2);
  });

  it('a graph that fails the schema is one line naming the file and pointer, exit 1', () => {
    const doc = JSON.parse(readFileSync(graph, 'utf8')) as { edges: { date: unknown }[] };
    doc.edges[2]!.date = 'yesterday';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const r = cli(['stats', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}#/edges/2/date`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('timeline lists dated edges in order', () => {
    const r = cli(['timeline', graph, 'Putin']);
    expect(r.status, r.stderr).toBe(0);
    const dates = r.stdout.split('\n').map((l) => /^(\d{4}-\d{2}(?:-\d{2})?)/.exec(l)?.[1]).filter((d): d is string => d !== undefined);
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort());
  });

  it('stats prints counts by type, the most connected nodes and the date range', () => {
    const r = cli(['stats', graph, '--top', '3']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^articles 25, nodes \d+, edges \d+/);
    expect(r.stdout).toMatch(/dates: 20\d\d-\d\d-\d\d to 20\d\d-\d\d-\d\d/);
    expect(r.stdout).toMatch(/phone_call\s+\d+/);
    expect(r.stdout).toContain('Vladimir Putin');
  });
});
