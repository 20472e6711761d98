// Agreements named only by a description are told apart by their parties across articles.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { article } from '../helpers/article.js';

const fragment = (text: string, id: string) => extract({ ...article(text, '2024-02-14'), id, file: `${id}.txt` }, loadKnowledge()).fragment!;

describe('agreement identity', () => {
  it('keeps two joint declarations between different states apart, and joins the same parties', () => {
    const a = fragment('Kenya and Tanzania signed a joint declaration on border trade on Monday.', 'a');
    const b = fragment('Chile and Peru signed a joint declaration on fisheries on Tuesday.', 'b');
    const c = fragment('Tanzania and Kenya signed a joint declaration on border trade in Arusha on Monday.', 'c');
    const ids = (d: typeof a) => d.nodes.filter((n) => n.type === 'agreement').map((n) => n.id);
    expect(ids(a)).toEqual(['agreement/joint-declaration-on-border-trade-ken-tza']);
    expect(ids(b)).toEqual(['agreement/joint-declaration-on-fisheries-chl-per']);
    const merged = mergeDocuments([a, b, c]);
    expect(merged.nodes.filter((n) => n.type === 'agreement').map((n) => n.id)).toEqual([
      'agreement/joint-declaration-on-border-trade-ken-tza',
      'agreement/joint-declaration-on-fisheries-chl-per',
    ]);
    const signings = merged.edges.filter((e) => e.type === 'signed' && e.target === 'agreement/joint-declaration-on-border-trade-ken-tza');
    expect(signings.map((e) => e.sources)).toEqual([2, 2]);
  });

  it('keeps proper names as they are', () => {
    const d = fragment('Leaders adopted the Nairobi Declaration on climate action on Monday.', 'd');
    expect(d.nodes.filter((n) => n.type === 'agreement').map((n) => n.id)).toEqual(['agreement/nairobi-declaration-on-climate-action']);
  });
});
