// Builds a graph document from input paths: read each article, extract its fragment (or take it from the
// cache when the article and the extractor are unchanged), merge them all, lay the graph out. The only writer
// of the graph. One broken article becomes a warning; the others still count. Because the merge depends only
// on the set of fragments, a build that takes some from the cache equals a clean build byte for byte.
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { assertValid } from '../document/validate.js';
import { extract } from '../extract/pipeline.js';
import { readInputs } from '../extract/read/index.js';
import type { ReadOptions } from '../extract/read/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { loadKnowledge } from '../knowledge/load.js';
import { extractionKey, FragmentCache, type CachedExtraction } from './cache.js';
import type { LayoutOptions, MergeOptions } from './defaults.js';
import { toDocument, toGraph } from './document.js';
import { defaultFingerprint } from './fingerprint.js';
import { layout } from './layout.js';
import { mergeDocuments } from './merge.js';

export interface BuildOptions extends ReadOptions {
  /** The gazetteer and lexicon; the bundled data/ by default. Give `fingerprint` too when caching with other knowledge. */
  readonly knowledge?: Knowledge;
  /** A folder for the fragment cache (created when missing); no cache when absent or false. */
  readonly cache?: string | false;
  /** Identifies the extractor in cache keys; by default a hash of data/, schema/, the extraction code and the version. */
  readonly fingerprint?: string;
  /** Lay the graph out with ForceAtlas2 (positions in x, y); true by default. */
  readonly layout?: boolean | LayoutOptions;
  readonly merge?: MergeOptions;
  /** Called once per input read, for progress reporting. */
  readonly onArticle?: (done: number) => void;
}

export interface BuildResult {
  readonly document: GraphDocument;
  readonly warnings: readonly Warning[];
  /** Articles in the graph. */
  readonly articles: number;
  /** Inputs skipped (unreadable, or a fragment that failed validation). */
  readonly skipped: number;
  /** Articles extracted in this run (all of them without a cache). */
  readonly extracted: number;
  /** Articles whose fragment came from the cache. */
  readonly cached: number;
  /** Cache entries deleted because no input uses them any more. */
  readonly pruned: number;
}

export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const cache = options.cache ? new FragmentCache(options.cache) : undefined;
  const fingerprint = cache ? options.fingerprint ?? defaultFingerprint() : '';
  const fragments: GraphDocument[] = [];
  const warnings: Warning[] = [];
  let skipped = 0;
  let extracted = 0;
  for await (const result of readInputs(paths, options)) {
    warnings.push(...result.warnings);
    if (!result.article) { skipped++; continue; }
    const key = cache ? extractionKey(result.article, fingerprint) : '';
    let extraction: CachedExtraction | undefined = cache?.get(key);
    if (!extraction) {
      const fresh = extract(result.article, knowledge);
      extraction = { ...(fresh.fragment ? { fragment: fresh.fragment } : {}), warnings: fresh.warnings };
      extracted++;
      cache?.set(key, extraction);
    }
    warnings.push(...extraction.warnings);
    if (extraction.fragment) fragments.push(extraction.fragment);
    else skipped++;
    options.onArticle?.(fragments.length + skipped);
  }
  const merged = mergeDocuments(fragments, options.merge);
  let document = merged;
  if (options.layout !== false) {
    const graph = toGraph(merged, '<built graph>');
    layout.assign(graph, typeof options.layout === 'object' ? options.layout : {});
    document = toDocument(graph);
  }
  const pruned = cache?.prune() ?? 0;
  return {
    document: assertValid('graph', document, '<built graph>'),
    warnings,
    articles: fragments.length,
    skipped,
    extracted,
    cached: cache?.hits ?? 0,
    pruned,
  };
}
