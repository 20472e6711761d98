import { describe, expect, it } from 'vitest';
import { TokenTrie } from '../../src/knowledge/trie.js';

describe('TokenTrie', () => {
  it('finds where an entry ending at a position starts, the shortest first, within a length', () => {
    const trie = new TokenTrie<string>();
    trie.add(['his', 'royal', 'highness'], 'h');
    trie.add(['crown', 'prince'], 'c');
    trie.add(['prince'], 'p');
    const keys = ['from', 'his', 'royal', 'highness', 'crown', 'prince', 'x'];
    expect(trie.startEndingAt(keys, 3, 3)).toBe(1);
    expect(trie.startEndingAt(keys, 3, 2)).toBe(-1);
    expect(trie.startEndingAt(keys, 5, 3)).toBe(5);
    expect(trie.startEndingAt(keys, 6, 3)).toBe(-1);
  });

  it('returns every entry starting at a position, longest first', () => {
    const trie = new TokenTrie<string>();
    trie.add(['south', 'africa'], 'ZAF');
    trie.add(['south'], 'direction');
    trie.add(['south', 'korea'], 'KOR');
    const keys = ['talks', 'with', 'south', 'africa', 'today'];
    expect(trie.matchesAt(keys, 2).map((m) => [m.length, m.payloads])).toEqual([[2, ['ZAF']], [1, ['direction']]]);
    expect(trie.matchesAt(keys, 0)).toEqual([]);
    expect(trie.size).toBe(3);
  });

  it('keeps several payloads under one name', () => {
    const trie = new TokenTrie<string>();
    trie.add(['georgia'], 'state');
    trie.add(['georgia'], 'person');
    expect(trie.matchesAt(['georgia'], 0)[0]!.payloads).toEqual(['state', 'person']);
  });

  it('finds the shortest entry whose last key is read another way ("foreign ministers" as "foreign minister")', () => {
    const trie = new TokenTrie<string>();
    trie.add(['foreign', 'minister'], 'FM');
    trie.add(['foreign'], 'adjective');
    trie.add(['prime', 'minister'], 'PM');
    const singular = (key: string): string | undefined => (key.endsWith('s') ? key.slice(0, -1) : undefined);
    const keys = ['the', 'foreign', 'ministers', 'of'];
    expect(trie.withLastAt(keys, 1, 4, singular)).toEqual({ length: 2, payloads: ['FM'] });
    expect(trie.withLastAt(keys, 1, 1, singular)).toBeUndefined();
    expect(trie.withLastAt(keys, 0, 4, singular)).toBeUndefined();
    expect(trie.withLastAt(['foreigns'], 0, 4, singular)).toEqual({ length: 1, payloads: ['adjective'] });
    expect(trie.withLastAt(['prime', 'ministers'], 0, 1, singular)).toBeUndefined();
  });
});
