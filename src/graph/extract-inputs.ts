// The map step of every build: read the inputs as a stream, take each article's fragment from the cache or have it
// extracted (by a worker thread with room, else by this thread; or by the workers of a Redis queue, src/queue/), and
// hand the results out in input order. Workers hold at most four batches each (the queue 64) and reading pauses while
// 2,048 results wait for an earlier slow one, so memory stays bounded whatever the corpus size; the order of the
// output never depends on which thread or worker finished first.
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { InputError } from '../errors.js';
import { readInputs } from '../extract/read/index.js';
import type { ReadOptions, SourceArticle } from '../extract/read/types.js';
import { loadKnowledge, type Knowledge } from '../knowledge/load.js';
import { defaultJobs, ScalingExtractor, type ExtractedArticle, type ExtractedBy, type Extractor } from '../parallel/pool.js';
import { QueueExtractor } from '../queue/queue-extractor.js';
import { missingInputs } from '../io/missing-inputs.js';
import { extractionKey, type FragmentCache } from './cache.js';
import { defaultFingerprint } from './fingerprint.js';

export interface ExtractInputsOptions extends ReadOptions {
  /**
   * Threads extracting at once: the calling thread, which also reads, and `jobs - 1` workers; 1 extracts on the
   * calling thread alone. Default: the cores available. Ignored (1) when `knowledge` is given: workers load the
   * bundled knowledge themselves.
   */
  readonly jobs?: number;
  /**
   * Workers start once more than this many articles have been sent for extraction (default 256): a run no larger
   * extracts on the calling thread, which is quicker than starting workers.
   */
  readonly parallelAfter?: number;
  /**
   * About how many inputs there are, when known (a count of files and JSONL lines): more than `parallelAfter`
   * starts the workers at once, no more keeps extraction on the calling thread.
   */
  readonly expected?: number;
  /** The gazetteer and lexicon; the bundled data/ by default. */
  readonly knowledge?: Knowledge;
  /** Where fragments of unchanged articles are read from and new ones written to. */
  readonly cache?: FragmentCache;
  /** Identifies the extractor in cache keys; defaultFingerprint() by default. */
  readonly fingerprint?: string;
  /**
   * Extract on the workers of the Redis queue at this URL (`redis://[:password@]host[:port][/db]`, `rediss://` for
   * TLS; see `diplograph worker`) instead of on this machine's threads; `jobs` is then unused.
   */
  readonly queue?: string;
  /** Told what a queued run waits on (a lost connection, no worker yet), in one line free of passwords. */
  readonly onNotice?: (message: string) => void;
  /**
   * Go on when some named paths do not exist, as long as others do (each missing one is then an `unreadable`
   * warning). Without it, a missing path stops the run before anything is read.
   */
  readonly keepGoing?: boolean;
}

/** One input's outcome: an article's fragment (extracted or from the cache), or an input skipped. */
export class InputExtraction {
  private doc: GraphDocument | undefined;
  private text: string | undefined;

  constructor(
    /** Position of the input in reading order, from 0. */
    readonly seq: number,
    /** Warnings of reading, then of extraction. */
    readonly warnings: readonly Warning[],
    readonly from: 'extracted' | 'cache' | 'skipped',
    fragment?: GraphDocument | string,
    /** Where it was extracted, when not on the calling thread. */
    readonly by?: ExtractedBy,
  ) {
    if (typeof fragment === 'string') this.text = fragment;
    else this.doc = fragment;
  }

  /** The fragment, absent when the input was skipped or its fragment failed validation. */
  get fragment(): GraphDocument | undefined {
    if (this.doc === undefined && this.text !== undefined) this.doc = JSON.parse(this.text) as GraphDocument;
    return this.doc;
  }

  /** The fragment as one line of JSON (what `diplograph extract` writes). */
  get fragmentJson(): string | undefined {
    if (this.text === undefined && this.doc !== undefined) this.text = JSON.stringify(this.doc);
    return this.text;
  }
}

/** Articles extracted on the calling thread before workers start (see ExtractInputsOptions.parallelAfter). */
const PARALLEL_AFTER = 256;

/** Results waiting for an earlier one before they are handed out; reading pauses when this many wait. */
const WINDOW = 2048;

interface Queued {
  readonly seq: number;
  readonly article: SourceArticle;
  readonly key: string;
  readonly warnings: readonly Warning[];
}

/**
 * Every input of `paths` (files, folders, JSONL, `-`), extracted, in reading order. Stops the workers when the
 * caller stops iterating. Errors of a worker (a bug, or broken data files) are thrown here.
 */
export async function* extractInputs(paths: readonly string[], options: ExtractInputsOptions = {}): AsyncGenerator<InputExtraction> {
  await missingInputs(paths, options.keepGoing);
  const jobs = options.knowledge ? 1 : Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const cache = options.cache;
  const fingerprint = cache || options.queue ? options.fingerprint ?? defaultFingerprint() : '';
  const threshold = options.parallelAfter ?? PARALLEL_AFTER;
  const after = options.expected === undefined ? threshold : options.expected > threshold ? 0 : Infinity;
  const extractor: Extractor = options.queue
    ? await QueueExtractor.open(options.queue, { fingerprint, ...(options.onNotice ? { onNotice: options.onNotice } : {}) })
    : new ScalingExtractor(jobs, () => options.knowledge ?? loadKnowledge(), after);
  const reader = readInputs(paths, options);
  const ready = new Map<number, InputExtraction>();
  let batch: Queued[] = [];
  let inFlight = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let nextIn = 0;
  let nextOut = 0;
  let readerDone = false;

  const settle = (items: readonly Queued[], results: readonly ExtractedArticle[]) => {
    items.forEach((item, i) => {
      const r = results[i]!;
      if (!r.failed) cache?.setSerialized(item.key, r.fragment, r.warnings);
      ready.set(item.seq, new InputExtraction(item.seq, [...item.warnings, ...r.warnings], 'extracted', r.fragment, r.by));
    });
  };
  const dispatch = () => {
    const items = batch;
    batch = [];
    inFlight++;
    extractor.run(items.map((q) => q.article)).then(
      (results) => settle(items, results),
      (error: unknown) => { failure ??= { error }; },
    ).finally(() => {
      inFlight--;
      wake?.();
    });
  };

  try {
    for (;;) {
      while (!readerDone && extractor.hasRoom() && nextIn - nextOut < WINDOW) {
        const next = await reader.next();
        if (next.done) { readerDone = true; break; }
        const seq = nextIn++;
        const { article, warnings } = next.value;
        if (!article) { ready.set(seq, new InputExtraction(seq, warnings, 'skipped')); continue; }
        const key = cache ? extractionKey(article, fingerprint) : '';
        const hit = cache?.get(key);
        if (hit) {
          ready.set(seq, new InputExtraction(seq, [...warnings, ...hit.warnings], hit.fragment ? 'cache' : 'skipped', hit.fragment));
          continue;
        }
        batch.push({ seq, article, key, warnings });
        if (batch.length >= extractor.batchSize) {
          dispatch();
          if (extractor.shouldYield) await new Promise<void>((resolve) => { setImmediate(resolve); });
        }
        if (ready.has(nextOut)) break;
      }
      if (batch.length > 0 && extractor.hasRoom()) dispatch();
      if (failure) throw failure.error;
      while (ready.has(nextOut)) {
        const result = ready.get(nextOut)!;
        ready.delete(nextOut++);
        yield result;
      }
      if (readerDone && batch.length === 0 && inFlight === 0 && nextOut === nextIn) return;
      const canRead = !readerDone && extractor.hasRoom() && nextIn - nextOut < WINDOW;
      if (!canRead && inFlight > 0) {
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
      } else if (!canRead && batch.length === 0 && !ready.has(nextOut)) {
        throw new Error(`extractInputs: stalled at input ${nextOut} of ${nextIn} read`);
      }
    }
  } finally {
    await extractor.close();
    await reader.return(undefined);
  }
}
