import { describe, expect, it } from 'vitest';
import { ArticleCache, startArticle } from '../../src/extract/article-cache.js';

describe('ArticleCache', () => {
  it('keeps a value for its key while the article lasts, and lets it go when the next one starts', () => {
    const cache = new ArticleCache<object, string>();
    const sentence = {};
    startArticle();
    expect(cache.get(sentence)).toBeUndefined();
    cache.set(sentence, 'tags');
    expect(cache.get(sentence)).toBe('tags');
    expect(cache.get({})).toBeUndefined();
    startArticle();
    expect(cache.get(sentence)).toBeUndefined();
  });

  it('caches of one article are independent of each other', () => {
    const a = new ArticleCache<object, number>();
    const b = new ArticleCache<object, number>();
    const key = {};
    startArticle();
    a.set(key, 1);
    expect(b.get(key)).toBeUndefined();
    b.set(key, 2);
    expect(a.get(key)).toBe(1);
  });
});
