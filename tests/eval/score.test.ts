import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../src/eval/score.js';
import type { GoldArticle } from '../../src/eval/gold.js';
import { extract } from '../../src/extract/pipeline.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { article } from '../helpers/article.js';

const text = 'Kenyan President William Ruto held talks with Brazilian President Luiz Inácio Lula da Silva on Monday.';
const fragment = extract(article(text, '2024-03-19'), loadKnowledge()).fragment!;
const gold = (dates: string[]): GoldArticle => ({
  id: 'test', file: 'articles/test.txt', published: '2024-03-19',
  entities: [{ key: 'ruto', type: 'leader', names: ['William Ruto'] }, { key: 'lula', type: 'leader', names: ['Luiz Inácio Lula da Silva'] }],
  edges: dates.map((date) => ({ type: 'meeting', source: ['lula'], target: ['ruto'], date })),
});

describe('date accuracy of matched edges', () => {
  it('counts an edge of the wrong day against it', () => {
    expect(scoreArticle(gold(['2024-03-17']), fragment).dated).toEqual({ total: 1, correct: 0 });
  });

  it('does not count an edge twice when gold lists the same pair on two days and the edge matches one of them', () => {
    // Gold's earlier meeting comes first, yet the one edge is the later meeting, on the right day.
    expect(scoreArticle(gold(['2024-03-11', '2024-03-18']), fragment).dated).toEqual({ total: 1, correct: 1 });
  });
});
