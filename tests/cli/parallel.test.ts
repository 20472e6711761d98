// Worker threads change nothing but speed: `build --jobs 1` (no workers) and `--jobs 2` write the same bytes,
// under tsx (workers load the TypeScript sources) and from the compiled JavaScript the package ships (workers load
// dist/; the other command-line tests run it too, see tests/helpers/compiled-cli.ts). Progress goes to stderr as plain
// lines when stderr is not a terminal, and --quiet silences it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { devArticlePath, devArticlesDir, listDevArticles, repoRoot } from '../helpers/corpus.js';

const tsx = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 * 2 ** 20 });

describe('--jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-parallel-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  copyFileSync(join(repoRoot, 'data', 'samples', 'xi-putin-moscow-2023-03-21.txt'), join(corpus, 'xi-putin.txt'));
  // Workers start for runs of more than 256 articles: 300 records of the dev texts under ids of their own.
  const texts = listDevArticles().map((id) => readFileSync(devArticlePath(id), 'utf8'));
  writeFileSync(join(corpus, 'feed.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `feed-${i}`, text: texts[i % texts.length] })).join('\n'));
  const total = listDevArticles().length + 301;
  const one = cli(['build', devArticlesDir, corpus, '--out', join(dir, 'one.json'), '--no-cache', '--jobs', '1']);
  const two = tsx(['build', devArticlesDir, corpus, '--out', join(dir, 'two.json'), '--no-cache', '--jobs', '2']);

  it('writes the same graph with one thread and with two workers under tsx', () => {
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stderr).not.toContain('on worker threads');
    expect(two.stderr).toMatch(/; \d+ extracted on worker threads/);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });

  it('runs workers from the compiled JavaScript and writes the same graph', () => {
    const r = cli(['build', devArticlesDir, corpus, '--out', join(dir, 'dist.json'), '--no-cache', '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/; \d+ extracted on worker threads/);
    expect(readFileSync(join(dir, 'dist.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });

  it('reports progress as plain lines on a non-terminal stderr, ending with a done line', () => {
    // A run shorter than a second reports nothing; this one takes longer.
    const lines = two.stderr.split('\n').filter((l) => l.startsWith('progress '));
    expect(lines.length, two.stderr).toBeGreaterThanOrEqual(2);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(new RegExp(`^progress \\d+/${total} articles \\d+/s( eta \\d+s)?$`));
    expect(lines.at(-1)).toMatch(new RegExp(`^progress ${total}/${total} articles \\d+/s done$`));
  });

  it('prints neither progress nor warnings with --quiet', () => {
    const r = cli(['build', devArticlesDir, '--out', join(dir, 'quiet.json'), '--no-cache', '--jobs', '2', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/^(progress|warning)/m);
  });
});
