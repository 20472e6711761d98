import { describe, expect, it } from 'vitest';
import { judgeEnglish } from '../../../src/extract/read/language.js';
import { parseArticle } from '../../../src/extract/read/article.js';
import { listDevArticles, readDevArticle } from '../../helpers/corpus.js';
import { frenchParagraph as french, germanParagraph as german, russianParagraph as russian } from '../../helpers/read-samples.js';

describe('judgeEnglish', () => {
  it.each([['French', french], ['Russian', russian], ['German', german]])('rejects %s prose', (_, text) => {
    expect(judgeEnglish(text).english).toBe(false);
  });

  it('judges a brief of titles and names by its other words', () => {
    expect(judgeEnglish('French President Emmanuel Macron greets German Chancellor Friedrich Merz, British Prime Minister Keir Starmer, Italian Prime Minister Giorgia Meloni, Polish Prime Minister Donald Tusk, Danish Prime Minister Mette Frederiksen, Dutch Prime Minister Dick Schoof and Ukrainian President Volodymyr Zelensky at the Elysee Palace in Paris, France, on Monday, June 9, 2025.').english).toBe(true);
  });

  it('passes texts too short to judge', () => {
    expect(judgeEnglish('Lula meets Modi').english).toBe(true);
  });

  it.each(listDevArticles())('accepts %s', (id) => {
    expect(judgeEnglish(readDevArticle(id)).english).toBe(true);
  });
});

describe('parseArticle', () => {
  it('skips a non-English article with one not_english warning naming the file', () => {
    const r = parseArticle(`12 mars 2024\n\n${french}\n`, { id: 'fr', file: 'in/fr.txt', format: 'txt' });
    expect(r.article).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'not_english', file: 'in/fr.txt' })]);
    expect(r.warnings[0]!.message).not.toContain('\n');
  });
});
