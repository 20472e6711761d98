// `diplograph extract`: one schema-valid fragment per line, one article each, in input order; standard output and
// --out agree; malformed JSONL lines are warnings with their line and are skipped; --strict exits 1 at the first
// warning and leaves the previous output in place.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/document/validate.js';
import { cli } from '../helpers/cli.js';
import { devArticlePath, listDevArticles } from '../helpers/corpus.js';

describe('diplograph extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-extract-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const ids = listDevArticles().slice(0, 6);
  for (const id of ids) copyFileSync(devArticlePath(id), join(corpus, `${id}.txt`));
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, [
    JSON.stringify({ id: 'feed-1', text: readFileSync(devArticlePath(ids[0]!), 'utf8') }),
    '{"id": "feed-2", "text": ',
    '',
    JSON.stringify({ id: 'feed-3', text: readFileSync(devArticlePath(ids[1]!), 'utf8') }),
  ].join('\n'));
  const out = join(dir, 'part.jsonl');
  const run = cli(['extract', corpus, feed, '--out', out, '--jobs', '2']);
  const stdout = cli(['extract', corpus, feed, '--jobs', '1', '--quiet']);

  it('writes one valid fragment per article, one article each, in input order', () => {
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const docs = lines.map((l) => JSON.parse(l));
    for (const d of docs) expect(schemaProblems('graph', d)).toEqual([]);
    expect(docs.map((d) => d.articles.map((a: { id: string }) => a.id))).toEqual([...ids.map((id) => [id]), ['feed-1'], ['feed-3']]);
    expect(run.stderr).toContain(`extracted 8 fragments into ${out}, 1 skipped`);
  });

  it('writes the same lines to standard output, whatever the number of workers', () => {
    expect(stdout.status, stdout.stderr).toBe(0);
    expect(stdout.stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('reports a malformed JSONL line with its file and line, and skips it', () => {
    expect(run.stderr).toMatch(new RegExp(`^warning: ${feed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`, 'm'));
    expect(stdout.stderr).not.toContain('warning:');
  });

  it('reads JSONL from standard input', () => {
    const r = cli(['extract', '-', '--jobs', '1', '--quiet'], readFileSync(feed, 'utf8'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).articles[0].id)).toEqual(['feed-1', 'feed-3']);
  });

  it('exits 1 at the first warning with --strict, leaving the previous output as it was', () => {
    const before = readFileSync(out, 'utf8');
    const r = cli(['extract', corpus, feed, '--out', out, '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`diplograph: ${feed}:2: not valid JSON`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const fresh = join(dir, 'never.jsonl');
    expect(cli(['extract', feed, '--out', fresh, '--strict', '--jobs', '1']).status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('rejects --jobs 0 as a usage error', () => {
    const r = cli(['extract', corpus, '--jobs', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('number of workers');
  });
});
