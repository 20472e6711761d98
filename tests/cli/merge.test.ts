// `diplograph merge`: fragment lines from `extract` merge into the graph `build` writes, byte for byte; graph
// documents merge like fragments; a bad line is a warning with its file and line; --strict exits 1 and keeps the
// previous graph.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/document/validate.js';
import { cli } from '../helpers/cli.js';
import { devArticlePath, listDevArticles } from '../helpers/corpus.js';

describe('diplograph merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-merge-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const ids = listDevArticles().slice(0, 8);
  for (const id of ids) copyFileSync(devArticlePath(id), join(corpus, `${id}.txt`));
  const built = cli(['build', corpus, '--out', join(dir, 'built.json'), '--no-cache']);
  const part = join(dir, 'part.jsonl');
  const extracted = cli(['extract', corpus, '--out', part]);
  const merged = cli(['merge', part, '--out', join(dir, 'merged.json')]);

  it('merges the fragments of extract into the very graph build writes', () => {
    for (const r of [built, extracted, merged]) expect(r.status, r.stderr).toBe(0);
    const graph = readFileSync(join(dir, 'merged.json'), 'utf8');
    expect(schemaProblems('graph', JSON.parse(graph))).toEqual([]);
    expect(graph).toBe(readFileSync(join(dir, 'built.json'), 'utf8'));
    expect(merged.stderr).toContain(`merged 8 documents into ${join(dir, 'merged.json')}: 8 articles`);
  });

  it('merges graph documents with fragments, and reads standard input', () => {
    const lines = readFileSync(part, 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'a.jsonl'), `${lines.slice(0, 3).join('\n')}\n`);
    const half = cli(['merge', join(dir, 'a.jsonl'), '--no-layout', '--out', join(dir, 'half.json'), '--quiet']);
    expect(half.status, half.stderr).toBe(0);
    const r = cli(['merge', '-', join(dir, 'half.json'), '--quiet'], `${lines.slice(3).join('\n')}\n`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'built.json'), 'utf8'));
  });

  it('warns about bad lines with their file and line, skips them and merges the rest', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${readFileSync(part, 'utf8')}{"format":\n{"format": "diplograph/1"}\n`);
    const r = cli(['merge', bad, '--out', join(dir, 'bad-merged.json')]);
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^warning: ${bad}:9: not valid JSON`)),
      expect.stringMatching(new RegExp(`^warning: ${bad}:10: not a fragment: / must have required property 'articles'`)),
    ]);
    expect(readFileSync(join(dir, 'bad-merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'built.json'), 'utf8'));
  });

  it('exits 1 at the first warning with --strict, and keeps the previous graph', () => {
    const bad = join(dir, 'bad.jsonl');
    const target = join(dir, 'merged.json');
    const before = readFileSync(target, 'utf8');
    const r = cli(['merge', bad, '--out', target, '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`diplograph: ${bad}:9:`);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('stops at a mistyped path or an empty folder with one line, and keeps the previous graph', () => {
    const target = join(dir, 'merged.json');
    const before = readFileSync(target, 'utf8');
    const typo = join(dir, 'prat.jsonl');
    const missing = cli(['merge', typo, '--out', target]);
    expect([missing.status, missing.stderr]).toEqual([1, `diplograph: ${typo}: no such file or folder; nothing read (--keep-going to go on with the others)\n`]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = cli(['merge', empty, '--out', target]);
    expect([none.status, none.stderr]).toEqual([1, `diplograph: ${empty}: nothing to merge (no .jsonl or .json input); nothing written\n`]);
    expect(readFileSync(target, 'utf8')).toBe(before);
    // With --keep-going the others are merged and the missing one is a warning.
    const going = cli(['merge', typo, part, '--keep-going', '--out', join(dir, 'going.json')]);
    expect(going.status, going.stderr).toBe(0);
    expect(going.stderr).toContain(`warning: ${typo}: cannot read: no such file or folder; skipped`);
    expect(readFileSync(join(dir, 'going.json'), 'utf8')).toBe(readFileSync(join(dir, 'built.json'), 'utf8'));
  });
});
