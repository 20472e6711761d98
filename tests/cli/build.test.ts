// `diplograph build` on a folder mixing good and bad inputs: every bad file gives one warning naming it,
// and the good article still makes it into the graph.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/document/validate.js';
import { cli } from '../helpers/cli.js';
import { devArticlePath, repoRoot } from '../helpers/corpus.js';
import { mutatedCorpusJsonl } from '../helpers/mutate.js';

describe('diplograph build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-build-'));
  copyFileSync(devArticlePath('tokaev-spief-2022-06-17'), join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('MADRID, 3 March 2024 - El presidente Pedro S\xe1nchez recibi\xf3 a su hom\xf3logo.\n', 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(4 * 2 ** 20));
  writeFileSync(join(dir, 'undated.txt'), 'Leaders met\n\nThe president of Kenya met the president of Ghana to discuss trade and the two agreed to talk again.\n');
  writeFileSync(join(dir, 'french.txt'), "PARIS, 4 mars 2024 - Le président de la République a reçu son homologue allemand à l'Élysée pour discuter de la guerre en Ukraine et des relations entre les deux pays.\n");
  const out = join(dir, 'graph.json');
  const run = cli(['build', dir, '--out', out]);

  it('finishes with exit code 0 and writes a schema-valid graph', () => {
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(schemaProblems('graph', doc)).toEqual([]);
    expect(doc.nodes.some((n: { label: string }) => n.label === 'Vladimir Putin')).toBe(true);
  });

  it('gives each bad input a one-line warning naming its file', () => {
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    for (const [file, code] of [['empty.txt', /empty/], ['binary.txt', /binary/], ['latin1.txt', /UTF-8/], ['huge.txt', /MB limit; skipped \(raise --max-bytes/], ['undated.txt', /date/], ['french.txt', /English/]] as const) {
      const line = lines.find((l) => l.includes(join(dir, file)));
      expect(line, `${file}: ${run.stderr}`).toBeDefined();
      expect(line).toMatch(code);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reads an article from standard input', () => {
    const text = readFileSync(devArticlePath('putin-aliyev-call-2024-12-28'), 'utf8');
    const r = cli(['build', '-'], text);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.edges.some((e: { type: string; date: string }) => e.type === 'phone_call' && e.date === '2024-12-28')).toBe(true);
  });

  it('rejects a malformed --published value as a usage error (exit 2)', () => {
    const r = cli(['build', dir, '--published', '2024-02-31x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
});

describe('one odd article never kills a build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-odd-'));

  it('builds an article ending in a plural title over a list of states (it once crashed extraction)', () => {
    writeFileSync(join(dir, 'list.txt'), 'NAIROBI, March 18, 2024 - Talks on Monday were held by the presidents of Kenya and Brazil');
    copyFileSync(devArticlePath('putin-aliyev-call-2024-12-28'), join(dir, 'good.txt'));
    const r = cli(['build', dir, '--no-cache', '--no-layout', '--strict']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { articles: { id: string }[]; nodes: { label: string }[] };
    expect(doc.articles.map((a) => a.id)).toEqual(['good', 'list']);
    expect(doc.nodes.map((n) => n.label)).toContain('William Ruto');
  });

  it('builds 260 seeded mutations of corpus articles on worker threads, every problem a one-line warning', () => {
    const corpus = join(dir, 'mutated.jsonl');
    writeFileSync(corpus, mutatedCorpusJsonl(260, 4242));
    const r = cli(['build', corpus, '--out', join(dir, 'mutated.json'), '--no-cache', '--no-layout', '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^(warning: \S+:\d+: |progress |built )/);
    expect(r.stderr).toMatch(/built \S+: \d{3} articles/);
  }, 180_000);
});

describe('diplograph eval', () => {
  it('prints per-type scores for a corpus folder', () => {
    const r = cli(['eval', join(repoRoot, '..', 'shared', 'corpus', 'dev'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report.nodes).sort()).toEqual(['agreement', 'bloc', 'leader', 'state']);
    expect(report.edgeTotal.f1).toBeGreaterThan(0);
  });

  it('names the folder when it holds no gold file (exit 1, no stack trace)', () => {
    const r = cli(['eval', tmpdir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^diplograph: .*no gold\*\.json/);
  });

  it('names a corpus folder that does not exist, or a file given instead (exit 1, one line)', () => {
    const missing = join(tmpdir(), 'no-such-corpus-folder');
    const r = cli(['eval', missing]);
    expect([r.status, r.stderr]).toEqual([1, `diplograph: ${missing}: no such folder\n`]);
    const file = cli(['eval', join(repoRoot, 'package.json')]);
    expect(file.status).toBe(1);
    expect(file.stderr).toMatch(/^diplograph: .*package\.json: not a folder[^\n]*\n$/);
  });
});

