// Messages between the main thread and extraction workers. Articles go out in batches; each answer holds, in the
// batch's order, every article's fragment as JSON text (what the output, the cache and the merge read) and its
// warnings. Text crosses threads as one copy, where an object would be cloned field by field.
import type { Warning } from '../document/types.gen.js';
import type { SourceArticle } from '../extract/read/types.js';

/**
 * Where an article was extracted, when not on the calling thread (for the run's summary): a worker thread, a queue
 * worker in this run, or a queue worker in an earlier run (its fragment read back from the queue's store).
 */
export type ExtractedBy = 'thread' | 'queue' | 'store';

/** One article's extraction: `fragment` is the JSON text of a schema-valid fragment, absent when it failed. */
export interface ExtractedArticle {
  readonly fragment?: string;
  readonly warnings: readonly Warning[];
  readonly by?: ExtractedBy;
  /** Set when extraction threw: the warning says why. Not cached, so that the next run (with --debug, say) tries again. */
  readonly failed?: boolean;
}

export interface ExtractRequest {
  readonly id: number;
  readonly articles: readonly SourceArticle[];
}

export type WorkerMessage =
  | { readonly kind: 'done'; readonly id: number; readonly results: readonly ExtractedArticle[] }
  /** The knowledge could not be loaded: a DiplographError's code and message, thrown again on the main thread. */
  | { readonly kind: 'fatal'; readonly code: string; readonly message: string };
