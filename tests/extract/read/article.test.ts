import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/read/article.js';
import { devArticlePath, listDevArticles, readDevArticle } from '../../helpers/corpus.js';

const text = 'Andes Monitor\r\n3 March 2024, 10:00\r\n\r\nChile and Vietnam sign trade protocol\r\n\r\nSANTIAGO - Chile and Vietnam signed a free trade protocol on Monday, the two foreign ministries said.\r\n\r\nTags: Chile, Vietnam\r\n';

describe('parseArticle', () => {
  const r = parseArticle(text, { id: 'chile', file: 'news/chile.txt', format: 'txt' });
  const a = r.article!;

  it('stores .txt text unchanged, line ends included, and hashes it', () => {
    expect(a.text).toBe(text);
    expect(a.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('fills every field of the contract', () => {
    expect(a).toMatchObject({ id: 'chile', file: 'news/chile.txt', title: 'Chile and Vietnam sign trade protocol', published: '2024-03-03', publishedBasis: 'dateline' });
    expect(a.text.slice(a.body.start, a.body.end)).toBe('Chile and Vietnam signed a free trade protocol on Monday, the two foreign ministries said.');
    expect(r.warnings).toEqual([]);
  });

  it('drops a leading byte-order mark from text', () => {
    const b = parseArticle(`\ufeff${text}`, { id: 'b', format: 'txt' }).article!;
    expect(b.text).toBe(text);
  });

  it('omits file and url when not given, and labels warnings <stdin>', () => {
    const s = parseArticle('Chile and Vietnam signed a free trade protocol, the two foreign ministries said on Monday.', { id: 'stdin', format: 'txt' });
    expect(s.article).not.toHaveProperty('file');
    expect(s.article).not.toHaveProperty('url');
    expect(s.warnings).toEqual([expect.objectContaining({ code: 'no_date', file: '<stdin>' })]);
  });

  it('lets a given title win', () => {
    expect(parseArticle(text, { id: 'c', format: 'txt', title: '  Given   title ' }).article?.title).toBe('Given title');
  });

  it('skips a text with nothing in it', () => {
    expect(parseArticle(' \n ', { id: 'e', file: 'e.txt', format: 'txt' }).warnings).toEqual([expect.objectContaining({ code: 'no_text', file: 'e.txt' })]);
  });

  it('is linear on long hostile input', () => {
    const hostile = `${'A - '.repeat(30_000)}\n${'Share '.repeat(30_000)}\n${'1 Jan '.repeat(30_000)}\n${'x'.repeat(200_000)}`;
    expect(parseArticle(hostile, { id: 'h', format: 'txt' }).warnings.length).toBeGreaterThanOrEqual(0);
  });

  it.each(listDevArticles())('%s: reads with no warnings and a body inside the text', (id) => {
    const raw = readDevArticle(id);
    const res = parseArticle(raw, { id, file: devArticlePath(id), format: 'txt' });
    expect(res.warnings).toEqual([]);
    expect(res.article?.text).toBe(raw);
    expect(res.article?.body.end).toBeGreaterThan(res.article!.body.start);
  });

  it('reads plain text when no format is given', () => {
    const r = parseArticle(text, { id: 'chile', file: 'news/chile.txt' });
    expect(r.article?.title).toBe('Chile and Vietnam sign trade protocol');
    expect(r.article?.published).toBe('2024-03-03');
  });

  it('keeps a timeline\'s dated items in the body, before the sign-off that ends it', () => {
    const factbox = 'Key dates in Chile\'s ties with Vietnam\n\nSANTIAGO, July 12 (Wire) - Chile and Vietnam signed a trade protocol on Friday. Milestones:\n\n'
      + '* Sept. 16, 2023 - The two foreign ministers hold talks in Hanoi.\n\n* May 2, 2024 - Chile sends Vietnam a message.\n\n(Compiled by the Santiago newsroom)\n';
    const a = parseArticle(factbox, { id: 'factbox', format: 'txt', published: '2024-07-12' }).article!;
    expect(a.text.slice(a.body.start, a.body.end)).toMatch(/Chile sends Vietnam a message\.$/);
  });

  it('turns an exception while reading one article into an extraction_failed warning naming it', () => {
    const r = parseArticle(text, { id: 'odd', file: 'news/odd.pdf', format: 'pdf' as never, line: 7 });
    expect(r.article).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'extraction_failed', file: 'news/odd.pdf', line: 7 })]);
    expect(r.warnings[0]!.message).toMatch(/^article "odd": reading failed: TypeError: .*; skipped$/);
  });
});
