// `diplograph build` with its cache after adding, changing and deleting articles: only the new and changed
// articles are extracted, the deleted one leaves no trace, and the graph equals a clean build byte for byte.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { devArticlePath, readDevArticle } from '../helpers/corpus.js';

describe('incremental build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-incremental-'));
  const corpus = join(dir, 'corpus');
  const out = join(dir, 'graph.json');
  mkdirSync(corpus);
  for (const a of ['russia-iran-treaty-wire-2025-01-17', 'kremlin-talks-pezeshkian-2025-01-17', 'seed-putin-raisi-2024-03-19', 'erdogan-putin-call-2023-06-24', 'tokaev-spief-2022-06-17']) {
    copyFileSync(devArticlePath(a), join(corpus, `${a}.txt`));
  }

  const first = cli(['build', corpus, '--out', out]);

  // Add an article of the same cluster, change one (its second half cut), delete one.
  copyFileSync(devArticlePath('pezeshkian-moscow-treaty-2025-01-17'), join(corpus, 'pezeshkian-moscow-treaty-2025-01-17.txt'));
  const seed = readDevArticle('seed-putin-raisi-2024-03-19').split('\n');
  writeFileSync(join(corpus, 'seed-putin-raisi-2024-03-19.txt'), seed.slice(0, Math.ceil(seed.length / 2)).join('\n'));
  rmSync(join(corpus, 'erdogan-putin-call-2023-06-24.txt'));
  const second = cli(['build', corpus, '--out', out]);
  const clean = cli(['build', corpus, '--out', join(dir, 'clean.json'), '--no-cache']);

  it('extracts every article the first time and caches them next to the output', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('5 articles (5 extracted, 0 from cache)');
    expect(readdirSync(`${out}.cache`)).toContain('fragments');
  });

  it('extracts only the new and the changed article the second time', () => {
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('5 articles (2 extracted, 3 from cache)');
  });

  it('writes the same bytes as a clean build', () => {
    expect(clean.status, clean.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'clean.json'), 'utf8'));
  });

  it('keeps nothing of the deleted article, and no edge without provenance', () => {
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { articles: { id: string }[]; edges: { provenance: { article: string }[] }[] };
    expect(JSON.stringify(doc)).not.toContain('erdogan-putin-call-2023-06-24');
    expect(doc.articles.map((a) => a.id)).not.toContain('erdogan-putin-call-2023-06-24');
    expect(doc.edges.every((e) => e.provenance.length > 0)).toBe(true);
  });

  it('prunes the cache entries no input uses any more', () => {
    const entries = readdirSync(join(`${out}.cache`, 'fragments'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(entries).toHaveLength(5);
  });
});

describe('a mistyped or empty input never replaces a good graph or prunes its cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-typo-'));
  const corpus = join(dir, 'samples');
  const out = join(dir, 'graph.json');
  mkdirSync(corpus);
  for (const a of ['seed-putin-raisi-2024-03-19', 'erdogan-putin-call-2023-06-24']) copyFileSync(devArticlePath(a), join(corpus, `${a}.txt`));
  const entries = () => readdirSync(join(`${out}.cache`, 'fragments'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
  const good = cli(['build', corpus, '--out', out, '--no-layout']);
  const graph = readFileSync(out, 'utf8');

  const unchanged = () => {
    expect(readFileSync(out, 'utf8')).toBe(graph);
    expect(entries()).toBe(2);
  };

  it('refuses a path that does not exist: exit 1, one line naming it, nothing written', () => {
    expect(good.status, good.stderr).toBe(0);
    const typo = join(dir, 'sampels');
    for (const args of [[typo], [corpus, typo]]) {
      const r = cli(['build', ...args, '--out', out, '--no-layout']);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`diplograph: ${typo}: no such file or folder; nothing read (--keep-going to go on with the others)\n`);
      unchanged();
    }
  });

  it('builds from the others with --keep-going, warning of the missing one, unless none exists', () => {
    const typo = join(dir, 'sampels');
    const r = cli(['build', corpus, typo, '--out', out, '--no-layout', '--keep-going']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${typo}: cannot read: no such file or folder`);
    unchanged();
    const none = cli(['build', typo, '--out', out, '--no-layout', '--keep-going']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^diplograph: .*sampels: no such file or folder\n$/);
    unchanged();
  });

  it('does not prune the cache in a run that read fewer inputs than it missed', () => {
    const one = join(dir, 'one');
    mkdirSync(one);
    copyFileSync(devArticlePath('tokaev-spief-2022-06-17'), join(one, 'tokaev.txt'));
    const r = cli(['build', one, join(dir, 'x'), join(dir, 'y'), '--out', out, '--no-layout', '--keep-going', '--published', '2022-06-17']);
    expect(r.status, r.stderr).toBe(0);
    expect(entries()).toBe(3);
    cli(['build', corpus, '--out', out, '--no-layout']);
    expect(entries()).toBe(2);
  });

  it('refuses a folder without articles, or whose articles are all unusable', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.pdf'), 'not an article');
    const r = cli(['build', empty, '--out', out, '--no-layout']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`diplograph: ${empty}: no article found (no .txt, .md, .html or .jsonl input); nothing written\n`);
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const blank = cli(['build', empty, '--out', out, '--no-layout']);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toBe(`diplograph: ${empty}: no article found (1 input, none usable; the first: ${join(empty, 'blank.txt')}: file holds only whitespace; skipped); nothing written\n`);
    unchanged();
  });
}, 180_000);
