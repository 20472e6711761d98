import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiplographError } from '../../../src/errors.js';
import { readInputs, readStream, sniffFormat } from '../../../src/extract/read/inputs.js';
import type { ReadOptions, ReadResult } from '../../../src/extract/read/types.js';
import { repoRoot } from '../../helpers/corpus.js';
import { datedArticle, frenchParagraph, russianParagraph, undatedArticle } from '../../helpers/read-samples.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
const isRoot = process.getuid?.() === 0;

async function collect(iterable: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of iterable) out.push(r);
  return out;
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-read-'));
  const put = (name: string, content: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  put('mixed/a-dated.txt', datedArticle);
  put('mixed/b-empty.txt', '');
  put('mixed/c-image.txt', png);
  put('mixed/d-latin1.txt', Buffer.concat([Buffer.from('Monday 3 March 2025\n\nTalks in Bras'), Buffer.from([0xed]), Buffer.from('lia went well, officials from Brazil and Chile said on Monday after the meeting.\n')]));
  put('mixed/e-huge.txt', Buffer.alloc(20 * 1024 * 1024, 0x61));
  put('mixed/f-nodate.txt', undatedArticle);
  put('mixed/g-french.txt', frenchParagraph);
  put('mixed/h-russian.md', `# Новости\n\n${russianParagraph}\n`);
  put('mixed/i-feed.jsonl', [JSON.stringify({ id: 'rec1', text: undatedArticle, published: '2024-02-14' }), '{not json', JSON.stringify({ text: datedArticle })].join('\n') + '\n');
  put('mixed/j-page.html', `<html><head><meta property="article:published_time" content="2023-12-18"></head><body><article><h1>Gulf leaders exchange greetings</h1><p>${undatedArticle}</p></article></body></html>`);
  put('mixed/logo.png', png);
  put('mixed/.hidden.txt', datedArticle);
  put('mixed/sub/z-nested.markdown', `---\ntitle: Nested\ndate: 2022-09-16\n---\n\n${undatedArticle}`);
  put('mixed/sub/a-first.txt', datedArticle);
  put('loose/notes.data', `<p>${undatedArticle}</p>`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('readInputs over a folder mixing good and bad inputs', () => {
  let results: ReadResult[];
  const files = () => results.map((r) => relative(dir, r.article?.file ?? r.warnings[0]!.file));
  const codes = () => results.map((r) => r.warnings.map((w) => w.code).join(',') || 'ok');

  beforeAll(async () => {
    results = await collect(readInputs([join(dir, 'mixed')]));
  });

  it('walks recursively in sorted order, reads only article extensions and skips hidden files', () => {
    expect(files()).toEqual([
      'mixed/a-dated.txt', 'mixed/b-empty.txt', 'mixed/c-image.txt', 'mixed/d-latin1.txt', 'mixed/e-huge.txt',
      'mixed/f-nodate.txt', 'mixed/g-french.txt', 'mixed/h-russian.md',
      'mixed/i-feed.jsonl', 'mixed/i-feed.jsonl', 'mixed/i-feed.jsonl',
      'mixed/j-page.html', 'mixed/sub/a-first.txt', 'mixed/sub/z-nested.markdown',
    ]);
  });

  it('gives each bad input one warning of the right kind and reads the rest', () => {
    expect(codes()).toEqual([
      'ok', 'empty_file', 'binary_file', 'bad_encoding', 'too_large', 'no_date', 'not_english', 'not_english',
      'ok', 'bad_record', 'ok', 'ok', 'ok', 'ok',
    ]);
    for (const r of results) for (const w of r.warnings) expect(w.message).not.toContain('\n');
  });

  it('still reads articles that only warn', () => {
    const byFile = new Map(results.filter((r) => r.article).map((r) => [relative(dir, r.article!.file!) + ':' + r.article!.id, r.article!]));
    expect(byFile.get('mixed/d-latin1.txt:d-latin1')?.text).toContain('Brasília');
    expect(byFile.get('mixed/f-nodate.txt:f-nodate')).toMatchObject({ published: null, publishedBasis: 'none' });
    expect(byFile.get('mixed/i-feed.jsonl:rec1')).toMatchObject({ published: '2024-02-14', publishedBasis: 'record' });
    expect(byFile.get('mixed/i-feed.jsonl:i-feed:3')).toMatchObject({ published: '2025-03-03' });
    expect(byFile.get('mixed/j-page.html:j-page')).toMatchObject({ published: '2023-12-18', publishedBasis: 'meta', title: 'Gulf leaders exchange greetings' });
    expect(byFile.get('mixed/sub/z-nested.markdown:z-nested')).toMatchObject({ published: '2022-09-16', title: 'Nested' });
  });

  it('puts the line number on a malformed JSONL line', () => {
    const bad = results.find((r) => r.warnings[0]?.code === 'bad_record')!;
    expect(bad.warnings[0]).toMatchObject({ line: 2, file: join(dir, 'mixed/i-feed.jsonl') });
  });
});

describe('readInputs paths', () => {
  it('keeps relative paths relative', async () => {
    const rel = relative(process.cwd(), join(dir, 'mixed', 'a-dated.txt'));
    const [r] = await collect(readInputs([rel]));
    expect(r!.article?.file).toBe(rel);
    expect(r!.article?.id).toBe('a-dated');
  });

  it('reads a named file whatever its extension, telling its format from its content', async () => {
    const [r] = await collect(readInputs([join(dir, 'loose', 'notes.data')]));
    expect(r!.article?.text).toBe(undatedArticle.replace(/\s+/g, ' ').trim());
  });

  it('turns a missing path into an unreadable warning and goes on', async () => {
    const results = await collect(readInputs([join(dir, 'nope.txt'), join(dir, 'mixed', 'a-dated.txt')]));
    expect(results[0]!.warnings).toEqual([expect.objectContaining({ code: 'unreadable', file: join(dir, 'nope.txt') })]);
    expect(results[1]!.article?.id).toBe('a-dated');
  });

  it('turns a broken link inside a folder into an unreadable warning and reads the rest', async () => {
    const folder = join(dir, 'links');
    mkdirSync(folder);
    symlinkSync(join(dir, 'missing.txt'), join(folder, 'a-broken.txt'));
    writeFileSync(join(folder, 'b-good.txt'), datedArticle);
    const results = await collect(readInputs([folder]));
    expect(results.map((r) => r.article?.id ?? r.warnings[0]!.code)).toEqual(['unreadable', 'b-good']);
    expect(results[0]!.warnings[0]!.file).toBe(join(folder, 'a-broken.txt'));
  });

  it.skipIf(isRoot)('turns a permission error into an unreadable warning', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, datedArticle);
    chmodSync(locked, 0o000);
    try {
      const [r] = await collect(readInputs([locked]));
      expect(r!.warnings).toEqual([expect.objectContaining({ code: 'unreadable', file: locked })]);
    } finally {
      chmodSync(locked, 0o644);
    }
  });

  it('applies --published to every article', async () => {
    const results = await collect(readInputs([join(dir, 'mixed', 'sub')], { published: '2021-01-01' }));
    expect(results.map((r) => [r.article?.published, r.article?.publishedBasis])).toEqual([['2021-01-01', 'override'], ['2021-01-01', 'override']]);
  });

  it('throws a usage error for a bad option before reading anything', async () => {
    await expect(collect(readInputs([dir], { published: '19 March 2024' }))).rejects.toBeInstanceOf(DiplographError);
    await expect(collect(readInputs([dir], { maxBytes: -1 } as ReadOptions))).rejects.toBeInstanceOf(DiplographError);
  });
});

describe('readStream (stdin)', () => {
  const stream = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

  it('reads JSON lines when the first non-space character is {', async () => {
    const results = await collect(readStream(stream('\n  {"id": "s1", "text": ', JSON.stringify(undatedArticle), ', "published": "2024-01-18"}\n{oops\n')));
    expect(results[0]!.article).toMatchObject({ id: 's1', published: '2024-01-18' });
    expect(results[0]!.article).not.toHaveProperty('file');
    expect(results[1]!.warnings).toEqual([expect.objectContaining({ code: 'bad_record', file: '<stdin>', line: 3 })]);
  });

  it('reads HTML when it starts with < and text otherwise', async () => {
    const [html] = await collect(readStream(stream(`  <p>${undatedArticle}</p>`)));
    expect(html!.article?.text.startsWith('Kenya and Ethiopia')).toBe(true);
    const [text] = await collect(readStream(stream(datedArticle.slice(0, 30), datedArticle.slice(30))));
    expect(text!.article).toMatchObject({ id: 'stdin', text: datedArticle, published: '2025-03-03' });
  });

  it('skips stdin over maxBytes and empty stdin', async () => {
    const [big] = await collect(readStream(stream('x'.repeat(100), 'y'.repeat(100)), { maxBytes: 150 }));
    expect(big!.warnings).toEqual([expect.objectContaining({ code: 'too_large', file: '<stdin>' })]);
    const [empty] = await collect(readStream(stream()));
    expect(empty!.warnings).toEqual([expect.objectContaining({ code: 'empty_file', file: '<stdin>' })]);
  });

  it('is what readInputs reads for -', () => {
    const script = join(dir, 'stdin.mts');
    const entry = pathToFileURL(join(repoRoot, 'src/extract/read/index.ts')).href;
    writeFileSync(script, `import { readInputs } from '${entry}';\nfor await (const r of readInputs(['-'])) console.log(JSON.stringify([r.article?.id, r.article?.published, r.warnings.map((w) => w.file)]));\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { input: datedArticle, cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual(['stdin', '2025-03-03', []]);
  });
});

describe('sniffFormat', () => {
  it('tells JSON lines, HTML and text apart by the first non-space character', () => {
    expect(sniffFormat('\n {"a":1}')).toBe('jsonl');
    expect(sniffFormat('  <!doctype html>')).toBe('html');
    expect(sniffFormat('MOSCOW, Jan 17')).toBe('txt');
  });
});
