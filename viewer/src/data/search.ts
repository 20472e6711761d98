// Finds nodes by label or alias. Text is folded (case, diacritics, punctuation) so "raeisi" finds "Ebrahim
// Raeisi" and "erdogan" finds "Erdoğan"; results rank whole-name matches over name prefixes over word prefixes
// (each word typed starts a word of the name, in any order: "vlad", "putin vla") over substrings.
import type { NodeType } from '../../../src/document/types.gen.js';
import type { ViewerGraph } from './graph.js';

export interface SearchResult {
  readonly node: string;
  readonly label: string;
  readonly type: NodeType;
  /** The alias that matched, when the label did not. */
  readonly alias: string | null;
}

interface Entry { readonly node: string; readonly folded: string; readonly words: readonly string[]; readonly name: string; readonly isAlias: boolean }

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function createSearchIndex(graph: ViewerGraph): SearchIndex {
  const entries: Entry[] = [];
  const entry = (node: string, name: string, isAlias: boolean): Entry => {
    const folded = fold(name);
    return { node, folded, words: folded.split(' '), name, isAlias };
  };
  graph.forEachNode((node, a) => {
    entries.push(entry(node, a.label, false));
    for (const alias of a.aliases) entries.push(entry(node, alias, true));
  });

  return {
    search(query, limit = 10) {
      const q = fold(query);
      if (q === '') return [];
      const words = q.split(' ');
      const best = new Map<string, { score: number; entry: Entry }>();
      for (const entry of entries) {
        const score = rank(entry, q, words);
        if (score === 0) continue;
        const seen = best.get(entry.node);
        if (!seen || score > seen.score) best.set(entry.node, { score, entry });
      }
      return [...best.values()]
        .sort((a, b) => b.score - a.score || graph.degree(b.entry.node) - graph.degree(a.entry.node)
          || (graph.getNodeAttribute(a.entry.node, 'label') < graph.getNodeAttribute(b.entry.node, 'label') ? -1 : 1))
        .slice(0, limit)
        .map(({ entry }) => {
          const a = graph.getNodeAttributes(entry.node);
          return { node: entry.node, label: a.label, type: a.type, alias: entry.isAlias ? entry.name : null };
        });
    },
  };
}

/** 0 for no match; labels outrank aliases at the same kind of match. `words` are the words of the query `q`. */
function rank(entry: Entry, q: string, words: readonly string[]): number {
  const own = entry.isAlias ? 0 : 1;
  if (entry.folded === q) return 8 + own;
  if (entry.folded.startsWith(q)) return 6 + own;
  if (words.every((w) => entry.words.some((name) => name.startsWith(w)))) return 4 + own;
  if (entry.folded.includes(q)) return 2 + own;
  return 0;
}
