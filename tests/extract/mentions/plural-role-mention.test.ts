// Plural titles over a list of states ("the presidents of Kenya and Brazil") name one holder in each.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import type { SourceArticle } from '../../../src/extract/read/types.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

const knowledge = loadKnowledge();

function article(text: string): SourceArticle {
  return {
    id: 't', file: 't.txt', title: null, published: '2024-03-19', publishedBasis: 'override', text,
    body: { start: 0, end: text.length }, sha256: createHash('sha256').update(text).digest('hex'),
  };
}

const leaders = (text: string) => extract(article(text), knowledge).fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label).sort();

describe('plural-role-mention', () => {
  it('names the holder in each listed state', () => {
    expect(leaders('The presidents of Kenya and Brazil met in Nairobi on Monday.')).toEqual(['Luiz Inácio Lula da Silva', 'William Ruto']);
  });

  it('reads a list that ends the text, with no full stop after it', () => {
    expect(leaders('Talks on Monday were held by the presidents of Kenya and Brazil')).toEqual(['Luiz Inácio Lula da Silva', 'William Ruto']);
    expect(leaders('Statement from the foreign ministers of India and Japan')).toEqual(['S. Jaishankar', 'Yoko Kamikawa']);
  });
});
