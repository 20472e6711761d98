import { describe, expect, it } from 'vitest';
import { readJsonlLines, readRecord } from '../../../src/extract/read/jsonl.js';
import type { ReadResult } from '../../../src/extract/read/types.js';
import { datedArticle, frenchParagraph, undatedArticle } from '../../helpers/read-samples.js';

const at = { file: 'in/feed.jsonl', stem: 'feed', path: 'in/feed.jsonl' };

async function all(lines: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readJsonlLines(lines, at)) out.push(r);
  return out;
}

describe('readRecord', () => {
  it('reads a record with its fields; published basis is record', () => {
    const line = JSON.stringify({ id: 'a1', title: 'Given title', text: undatedArticle, published: '2024-05-02T08:00:00Z', url: 'https://example.org/a1' });
    const r = readRecord(line, { ...at, line: 3 })!;
    expect(r.article).toMatchObject({ id: 'a1', file: 'in/feed.jsonl', url: 'https://example.org/a1', title: 'Given title', published: '2024-05-02', publishedBasis: 'record', text: undatedArticle });
    expect(r.warnings).toEqual([]);
  });

  it('names records without an id <file>:<line> and finds their date in the text', () => {
    const r = readRecord(JSON.stringify({ text: datedArticle }), { ...at, line: 7 })!;
    expect(r.article).toMatchObject({ id: 'feed:7', published: '2025-03-03', publishedBasis: 'dateline' });
  });

  it('converts an html field', () => {
    const r = readRecord(JSON.stringify({ id: 'h', html: `<p>${undatedArticle}</p>`, published: '2024-01-01' }), { ...at, line: 1 })!;
    expect(r.article?.text).toBe(undatedArticle.replace(/\s+/g, ' ').trim());
  });

  it('warns about a date it cannot read, with the line, and still reads the record', () => {
    const r = readRecord(JSON.stringify({ id: 'd', text: undatedArticle, published: 'last week' }), { ...at, line: 4 })!;
    expect(r.article?.published).toBeNull();
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['bad_record', 4], ['no_date', 4]]);
  });

  it('gives blank lines no result', () => {
    expect(readRecord('   ', { ...at, line: 2 })).toBeNull();
  });

  it.each([
    ['{"id": "x", "text": "unterminated', /not valid JSON/],
    ['[1, 2]', /not an object/],
    ['{"id": "x"}', /no "text"/],
    ['{"id": "x", "text": 42}', /not a string/],
    ['{"id": "x", "text": "  "}', /empty/],
  ])('turns %s into bad_record with its line', (line, message) => {
    const r = readRecord(line, { ...at, line: 9 })!;
    expect(r.article).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'bad_record', file: 'in/feed.jsonl', line: 9, message: expect.stringMatching(message) })]);
  });

  it('skips a record over maxBytes with its line', () => {
    const r = readRecord(JSON.stringify({ id: 'big', text: undatedArticle }), { ...at, line: 5 }, { maxBytes: 50 })!;
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'too_large', line: 5 })]);
  });
});

describe('readJsonlLines', () => {
  it('reads good records around bad ones and skips non-English ones', async () => {
    const results = await all([
      JSON.stringify({ id: 'one', text: datedArticle }),
      '{broken',
      '',
      JSON.stringify({ id: 'fr', text: frenchParagraph }),
      JSON.stringify({ id: 'two', text: undatedArticle, published: '2023-06-24' }),
    ]);
    expect(results.filter((r) => r.article).map((r) => r.article!.id)).toEqual(['one', 'two']);
    const warnings = results.flatMap((r) => r.warnings).map((w) => [w.code, w.line]);
    expect(warnings).toEqual([['bad_record', 2], ['not_english', 4]]);
  });

  it('warns once for an input with no records', async () => {
    const results = await all(['', '  ']);
    expect(results).toEqual([{ warnings: [expect.objectContaining({ code: 'empty_file', file: 'in/feed.jsonl' })] }]);
  });
});
