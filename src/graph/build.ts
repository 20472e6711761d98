// Builds a graph document from input paths: read each article, extract its fragment (or take it from the
// cache when the article and the extractor are unchanged), merge them as they come, lay the graph out. The only
// writer of the graph. One broken article becomes a warning; the others still count. Articles are extracted on
// worker threads (extract-inputs.ts) and folded into the merge one by one, so memory holds the graph, not the
// corpus. Because the merge depends only on the set of fragments, a build that takes some from the cache, or runs
// any number of workers (threads, or a Redis queue's), equals a clean single-threaded build byte for byte.
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { assertValid } from '../document/validate.js';
import { InputError } from '../errors.js';
import type { ReadOptions } from '../extract/read/types.js';
import { missingInputs } from '../io/missing-inputs.js';
import type { Knowledge } from '../knowledge/load.js';
import { FragmentCache } from './cache.js';
import type { LayoutOptions, MergeOptions } from './defaults.js';
import { extractInputs } from './extract-inputs.js';
import { layoutDocument } from './layout.js';
import { GraphMerger } from './merge.js';
import { strictError } from './strict.js';

export interface BuildOptions extends ReadOptions {
  /**
   * The gazetteer and lexicon; the bundled data/ by default. Give `fingerprint` too when caching with other
   * knowledge. Extraction then runs on the calling thread (workers load the bundled knowledge).
   */
  readonly knowledge?: Knowledge;
  /** A folder for the fragment cache (created when missing); no cache when absent or false. */
  readonly cache?: string | false;
  /** Identifies the extractor in cache keys; by default a hash of data/, schema/, the extraction code and the version. */
  readonly fingerprint?: string;
  /** Lay the graph out with ForceAtlas2 (positions in x, y); true by default. */
  readonly layout?: boolean | LayoutOptions;
  readonly merge?: MergeOptions;
  /** Threads extracting articles: the calling thread and `jobs - 1` workers. Default: the cores available. */
  readonly jobs?: number;
  /** Extract on the workers of the Redis queue at this URL (see ExtractInputsOptions.queue); `jobs` is then unused. */
  readonly queue?: string;
  /** Told what a queued build waits on (a lost connection, no worker yet), in one line free of passwords. */
  readonly onNotice?: (message: string) => void;
  /** Workers start once more than this many articles need extracting (default 256); smaller runs need none. */
  readonly parallelAfter?: number;
  /** About how many inputs there are, when known: more than `parallelAfter` starts the workers at once. */
  readonly expected?: number;
  /** Stop at the first warning, throwing it as an InputError: a strict build builds nothing from a flawed corpus. */
  readonly strict?: boolean;
  /** Build from the named paths that exist when others do not (see missingInputs); else a missing path throws. */
  readonly keepGoing?: boolean;
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
  /** Of the articles extracted, those extracted on worker threads. */
  readonly onWorkers: number;
  /** Of the articles extracted, those extracted by the queue's workers in this run (with `queue`). */
  readonly byQueue: number;
  /** Of the articles extracted, those whose fragment a queue worker had stored in an earlier run (with `queue`). */
  readonly fromStore: number;
  /** Cache entries deleted because no input uses them any more. */
  readonly pruned: number;
}

export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const cache = options.cache ? new FragmentCache(options.cache) : undefined;
  const merger = new GraphMerger(options.merge);
  const warnings: Warning[] = [];
  let articles = 0;
  let skipped = 0;
  let extracted = 0;
  const by = { thread: 0, queue: 0, store: 0 };
  let done = 0;
  const missing = await missingInputs(paths, options.keepGoing);
  for await (const result of extractInputs(paths, { ...options, cache })) {
    if (options.strict && result.warnings.length > 0) throw strictError(result.warnings[0]!);
    warnings.push(...result.warnings);
    if (result.from === 'extracted') extracted++;
    if (result.by) by[result.by]++;
    const fragment = result.fragment;
    if (fragment) { merger.add(fragment); articles++; } else skipped++;
    options.onArticle?.(++done);
  }
  // An empty graph is never what was asked for, and must not replace a good one.
  if (articles === 0) {
    const first = warnings[0];
    const why = done === 0 || !first ? 'no .txt, .md, .html or .jsonl input'
      : `${done} input${done === 1 ? '' : 's'}, none usable; the first: ${first.file}${first.line !== undefined ? `:${first.line}` : ''}: ${first.message}`;
    throw new InputError(paths.join(' '), `no article found (${why}); nothing written`);
  }
  let document = merger.result();
  if (options.layout !== false) document = layoutDocument(document, typeof options.layout === 'object' ? options.layout : {});
  // A run that found fewer inputs than it missed says little about which cache entries are still wanted.
  // (Each missing path gave one skipped input.)
  const pruned = cache && done - missing.length >= missing.length ? cache.prune() : 0;
  return {
    document: assertValid('graph', document, '<built graph>'),
    warnings,
    articles,
    skipped,
    extracted,
    cached: cache?.hits ?? 0,
    onWorkers: by.thread,
    byQueue: by.queue,
    fromStore: by.store,
    pruned,
  };
}
