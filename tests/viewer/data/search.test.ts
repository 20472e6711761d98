import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../../viewer/src/data/graph.js';
import { createSearchIndex, fold } from '../../../viewer/src/data/search.js';
import { fixtureDocument } from '../fixture.js';

const index = createSearchIndex(fromDocument(fixtureDocument(), 'fixture.json'));
const first = (q: string) => index.search(q)[0];

describe('search', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(fold('  Erdoğan,  Recep ')).toBe('erdogan recep');
    expect(fold('Lula da Silva')).toBe(fold('LULA DA SILVA'));
  });

  it('finds a node by an alias and says which alias matched', () => {
    expect(first('tayyip erdogan')).toMatchObject({ node: 'leader/Q4', alias: 'Tayyip Erdogan' });
    expect(first('Lula')).toMatchObject({ node: 'leader/Q1', label: 'Luiz Inácio Lula da Silva' });
  });

  it('finds labels without their diacritics and by a word inside them', () => {
    expect(first('inacio')?.node).toBe('leader/Q1');
    expect(first('ramaph')?.node).toBe('leader/Q2');
  });

  it('matches the start of any word of a name, each word typed, in any order', () => {
    expect(first('tayy')?.node).toBe('leader/Q4');
    expect(first('erdo rec')?.node).toBe('leader/Q4');
    expect(first('ram cyr')?.node).toBe('leader/Q2');
    expect(index.search('da sil lu').map((r) => r.node)).toEqual(['leader/Q1']);
    expect(index.search('ram modi')).toEqual([]);
  });

  it('ranks a word-start match above a substring of another name', () => {
    // "af" starts a word of "South Africa"; "ra" starts one of "Cyril Ramaphosa" and sits inside "Brazil".
    expect(first('af')?.node).toBe('state/ZAF');
    const ra = index.search('ra').map((r) => r.node);
    expect(ra.indexOf('leader/Q2')).toBeLessThan(ra.indexOf('state/BRA'));
  });

  it('ranks a whole-name match above a prefix above a substring', () => {
    expect(index.search('india').map((r) => r.node)[0]).toBe('state/IND');
    expect(index.search('bra').map((r) => r.node)[0]).toBe('state/BRA');
  });

  it('lists each node once, at most `limit` results, nothing for an empty query', () => {
    const nodes = index.search('a', 50).map((r) => r.node);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(index.search('a', 3)).toHaveLength(3);
    expect(index.search('   ')).toEqual([]);
  });
});
