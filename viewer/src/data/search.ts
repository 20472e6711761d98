// Finds nodes by label or alias. Text is folded (case, diacritics, punctuation) so "raeisi" finds "Ebrahim
// Raeisi" and "erdogan" finds "Erdoğan"; results rank whole-name matches over word prefixes over substrings.
import type { NodeType } from '../../../src/document/types.gen.js';
import type { ViewerGraph } from './graph.js';

export interface SearchResult {
  readonly node: string;
  readonly label: string;
  readonly type: NodeType;
  /** The alias that matched, when the label did not. */
  readonly alias: string | null;
}

interface Entry { readonly node: string; readonly folded: string; readonly name: string; readonly isAlias: boolean }

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function createSearchIndex(graph: ViewerGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((node, a) => {
    entries.push({ node, folded: fold(a.label), name: a.label, isAlias: false });
    for (const alias of a.aliases) entries.push({ node, folded: fold(alias), name: alias, isAlias: true });
  });

  return {
    search(query, limit = 10) {
      const q = fold(query);
      if (q === '') return [];
      const best = new Map<string, { score: number; entry: Entry }>();
      for (const entry of entries) {
        const score = rank(entry, q);
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

/** 0 for no match; labels outrank aliases at the same kind of match. */
function rank(entry: Entry, q: string): number {
  const own = entry.isAlias ? 0 : 1;
  if (entry.folded === q) return 8 + own;
  if (entry.folded.startsWith(q)) return 6 + own;
  if (entry.folded.includes(` ${q}`)) return 4 + own;
  if (entry.folded.includes(q)) return 2 + own;
  return 0;
}
