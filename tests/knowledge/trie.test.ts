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

  it('finds the entry of an exact length with its last key replaced ("foreign ministers" as "foreign minister")', () => {
    const trie = new TokenTrie<string>();
    trie.add(['foreign', 'minister'], 'FM');
    trie.add(['foreign'], 'adjective');
    const keys = ['the', 'foreign', 'ministers', 'of'];
    expect(trie.entry(keys, 1, 2, 'minister')).toEqual(['FM']);
    expect(trie.entry(keys, 1, 2, 'ministers')).toBeUndefined();
    expect(trie.entry(keys, 1, 1, 'foreign')).toEqual(['adjective']);
    expect(trie.entry(keys, 0, 2, 'minister')).toBeUndefined();
  });
});
