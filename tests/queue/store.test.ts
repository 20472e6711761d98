import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { parseArticle } from '../../src/extract/read/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { decodeResult, encodeResult } from '../../src/queue/store.js';
import { devArticlePath, listDevArticles, readDevArticle } from '../helpers/corpus.js';

describe('stored results', () => {
  it('give back the fragment text and warnings a worker stored, in less space', () => {
    const id = listDevArticles()[0]!;
    const { article } = parseArticle(readDevArticle(id), { id, file: devArticlePath(id), format: 'txt' });
    const { fragment, warnings } = extract(article!, loadKnowledge());
    const stored = { fragment: JSON.stringify(fragment), warnings };
    const value = encodeResult(stored);
    expect(value.length).toBeLessThan(stored.fragment.length / 3);
    expect(decodeResult(value, 'store')).toEqual({ ...stored, by: 'store' });
  });

  it('keep a failure marked as one, with its warning and no fragment', () => {
    const failed = { warnings: [{ code: 'extraction_failed' as const, message: 'article "x": extraction failed: Error: boom; skipped', file: 'x.txt' }], failed: true };
    expect(decodeResult(encodeResult(failed), 'queue')).toEqual({ ...failed, by: 'queue' });
  });
});
