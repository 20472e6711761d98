// One article's extraction as workers and the calling thread give it: a fragment, or, when extraction throws,
// an extraction_failed warning naming the article (its stack only with DIPLOGRAPH_DEBUG, what --debug sets).
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/parallel/extract-one.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { article } from '../helpers/article.js';

const knowledge = loadKnowledge();

describe('extractArticle', () => {
  afterEach(() => { delete process.env['DIPLOGRAPH_DEBUG']; });

  it('gives the fragment as JSON text', () => {
    const result = extractArticle(article('Kenyan President William Ruto held talks with Chilean President Gabriel Boric on Monday.', '2024-03-19'), knowledge);
    expect(result.failed).toBeUndefined();
    expect(JSON.parse(result.fragment!).edges.some((e: { type: string }) => e.type === 'meeting')).toBe(true);
  });

  // An article whose text is not a string: what a caller's bug, or an extraction bug on odd text, looks like to a stage.
  const broken = { ...article('x', '2024-03-19'), id: 'broken', file: 'in/broken.txt', text: null as unknown as string };

  it('isolates an exception: a one-line extraction_failed warning naming the article, no fragment', () => {
    const result = extractArticle(broken, knowledge);
    expect(result.fragment).toBeUndefined();
    expect(result.failed).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'extraction_failed', file: 'in/broken.txt' })]);
    expect(result.warnings[0]!.message).toMatch(/^article "broken": extraction failed: TypeError: [^\n]*; skipped$/);
  });

  it('adds the stack when debugging', () => {
    process.env['DIPLOGRAPH_DEBUG'] = '1';
    const [warning] = extractArticle(broken, knowledge).warnings;
    expect(warning!.message.split('\n').length).toBeGreaterThan(2);
    expect(warning!.message).toMatch(/\n\s+at /);
  });
});
