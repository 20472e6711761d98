// `diplograph view`: what the server answers (files, the graph, 204 without one, refusals) and what the
// command does with bad input; `--static` writes a folder that needs no server of ours.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerServer, type ViewerServer } from '../../src/cli/commands/view.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-view-'));
const bundle = join(dir, 'bundle');
mkdirSync(join(bundle, 'assets'), { recursive: true });
writeFileSync(join(bundle, 'index.html'), '<!doctype html><title>viewer</title>');
writeFileSync(join(bundle, 'assets', 'app.js'), 'console.log(1);');
writeFileSync(join(bundle, 'assets', 'app.js.map'), '{}');
const graph = join(dir, 'graph.json');
writeFileSync(graph, JSON.stringify({ format: 'diplograph/1', articles: [], nodes: [], edges: [] }));
const bad = join(dir, 'bad.json');
writeFileSync(bad, JSON.stringify({ format: 'diplograph/1', articles: [], nodes: [{ id: 'leader/Q1', type: 'pope' }], edges: [] }));

function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('view server', () => {
  let withGraph: ViewerServer;
  let without: ViewerServer;
  beforeAll(async () => {
    withGraph = await startViewerServer({ bundle, graph, host: '127.0.0.1', port: 0 });
    without = await startViewerServer({ bundle, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => { await withGraph.close(); await without.close(); });

  it('listens on 127.0.0.1 and serves the page with a content security policy', async () => {
    expect(withGraph.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(withGraph.url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>viewer</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await get(withGraph.url, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('serves the graph at /graph.json, and answers 204 when it was started without one', async () => {
    const served = await get(withGraph.url, '/graph.json');
    expect(served.status).toBe(200);
    expect(JSON.parse(served.body)).toMatchObject({ format: 'diplograph/1' });
    expect(served.headers['content-disposition']).toBe("inline; filename*=UTF-8''graph.json");
    expect((await get(without.url, '/graph.json')).status).toBe(204);
  });

  it('refuses paths outside the bundle, other methods, unknown files and foreign Host names', async () => {
    expect((await get(withGraph.url, '/..%2f..%2fgraph.json')).status).toBe(403);
    expect((await get(withGraph.url, '/nope.js')).status).toBe(404);
    expect((await get(withGraph.url, '/', {}, 'POST')).status).toBe(405);
    expect((await get(withGraph.url, '/graph.json', { Host: 'attacker.example' })).status).toBe(421);
  });
});

describe('diplograph view', () => {
  it('rejects a graph that is not a valid document with its JSON pointer, exit code 1', () => {
    const run = cli(['view', bad, '--bundle', bundle, '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/nodes/0');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says how to build the viewer when the bundle is missing', () => {
    const run = cli(['view', graph, '--bundle', join(dir, 'missing'), '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });

  it('treats a bad port or --static without a graph as usage errors (exit 2)', () => {
    expect(cli(['view', graph, '--port', 'eighty']).status).toBe(2);
    expect(cli(['view', '--static', join(dir, 'nowhere'), '--bundle', bundle]).status).toBe(2);
  });

  it('writes a static folder: the bundle without source maps, and the graph as graph.json', () => {
    const out = join(dir, 'site');
    const run = cli(['view', graph, '--static', out, '--bundle', bundle]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['assets', 'graph.json', 'index.html']);
    expect(existsSync(join(out, 'assets', 'app.js.map'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'))).toMatchObject({ format: 'diplograph/1' });
  });

  it('does not write into a folder that holds something else', () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    const run = cli(['view', graph, '--static', other, '--bundle', bundle]);
    expect(run.status).toBe(1);
    expect(readdirSync(other)).toEqual(['notes.txt']);
  });
});
