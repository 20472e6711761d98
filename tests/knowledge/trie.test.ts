import { describe, expect, it } from 'vitest';
import { TokenTrie } from '../../src/knowledge/trie.js';

describe('TokenTrie', () => {
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
});
