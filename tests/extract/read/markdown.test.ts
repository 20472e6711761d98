import { describe, expect, it } from 'vitest';
import { inline, markdownToText } from '../../../src/extract/read/markdown.js';
import { parseArticle } from '../../../src/extract/read/article.js';

const md = `---
title: "Ramaphosa hosts Lula in Pretoria"
date: 2023-08-21
tags: [brics]
---

# Ramaphosa hosts Lula

**South African President Cyril Ramaphosa** received *Brazilian President* Luiz Inácio Lula da Silva in
Pretoria on Monday, according to [the presidency](https://example.org/statement "statement").

> The two leaders discussed the BRICS summit in Johannesburg.

- Trade
- Climate finance

![photo](https://example.org/p.jpg)

* * *

Use \`snake_case_names\` and keep my_variable intact; 2 * 3 * 4 stays.
`;

describe('markdownToText', () => {
  const doc = markdownToText(md);

  it('takes title and date from front matter and removes it', () => {
    expect(doc.title).toBe('Ramaphosa hosts Lula in Pretoria');
    expect(doc.published).toBe('2023-08-21');
    expect(doc.text.startsWith('Ramaphosa hosts Lula\n')).toBe(true);
  });

  it('strips headings, emphasis, links, images, quotes and bullets', () => {
    expect(doc.text).toContain('South African President Cyril Ramaphosa received Brazilian President Luiz');
    expect(doc.text).toContain('according to the presidency.');
    expect(doc.text).toContain('\nThe two leaders discussed');
    expect(doc.text).toContain('\nTrade\nClimate finance\n');
    expect(doc.text).not.toMatch(/\]\(|!\[|^#|^> |https?:/mu);
    expect(doc.text).toContain('snake_case_names and keep my_variable intact; 2 * 3 * 4 stays.');
  });

  it('uses the first level-one heading when there is no front matter title', () => {
    expect(markdownToText('Intro\n\n# Kagame visits Nairobi #\n\nText.').title).toBe('Kagame visits Nairobi');
    expect(markdownToText('Kagame visits Nairobi\n=====\n\nText.').title).toBe('Kagame visits Nairobi');
  });

  it('runs in linear time on unclosed links, brackets and autolinks', () => {
    const hostile = ['[a]('.repeat(100_000), '[a'.repeat(100_000), '<http:a'.repeat(100_000), '![a]('.repeat(100_000), '[a](u "'.repeat(50_000)].join('\n');
    expect(markdownToText(hostile).text.length).toBeGreaterThan(0);
  });

  it('handles inline edge cases', () => {
    expect(inline('a [b](c) ![d](e) `f` __g__ _h_ ~~i~~ \\*j\\*')).toBe('a b  f g h i *j*');
  });
});

describe('parseArticle on Markdown', () => {
  it('dates the article from front matter with basis meta', () => {
    const r = parseArticle(md, { id: 'm', file: 'm.md', format: 'md' });
    expect(r.article).toMatchObject({ published: '2023-08-21', publishedBasis: 'meta', title: 'Ramaphosa hosts Lula in Pretoria' });
  });
});
