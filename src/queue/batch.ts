// A batch of articles as a BullMQ job: what a build puts on the queue and a worker takes off it. One queue per
// extractor fingerprint, so a worker only ever takes the batches of a build running the same release: its
// fragments are the ones that build would make itself, and are stored under the keys that build reads.
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { SourceArticle } from '../extract/read/types.js';

/** The prefix of every key BullMQ writes for diplograph's queues. */
export const QUEUE_PREFIX = 'diplograph';

const FORMAT = 'diplograph-batch/1';

export interface BatchData {
  readonly format: typeof FORMAT;
  readonly articles: readonly SourceArticle[];
}

/** The queue of an extractor: builds and workers of one release (same data, code, version) meet there. */
export function queueName(fingerprint: string): string {
  return `extract-${fingerprint.slice(0, 16)}`;
}

/**
 * The job id of a batch: a hash of its articles' extraction keys, so that the same articles submitted twice (two
 * builds of one corpus at once, or a build resubmitting after Redis lost its queue) are one job, run once.
 */
export function batchJobId(keys: readonly string[]): string {
  return createHash('sha256').update(keys.join('\n')).digest('hex');
}

export function batchData(articles: readonly SourceArticle[]): BatchData {
  return { format: FORMAT, articles };
}

/** Tries a batch gets. A worker killed on it (a stalled job) counts too, up to MAX_STALLED. */
export const ATTEMPTS = 3;

/** The options of a batch's job, tried again `retryMs` after a failure. */
export function jobOptions(retryMs: number): JobsOptions {
  return {
    attempts: ATTEMPTS,
    backoff: { type: 'fixed', delay: retryMs },
    // Results live in the store; a finished job would only keep the articles' text in Redis's memory.
    removeOnComplete: true,
    // A failed job is kept for the build waiting on it to read why (a build resubmitting it first removes it).
    removeOnFail: { age: 86_400 },
  };
}

/** A batch whose worker died on it this many times plus one has failed: it may be what kills them. */
export const MAX_STALLED = ATTEMPTS - 1;

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The articles of a job, checked: a job of another format, or an article whose text is not the text its sha256
 * names (a batch damaged on its way), is refused with an error; the job then fails and is tried again. A worker
 * never stores a fragment under a key its article does not match.
 */
export function readBatch(data: unknown): SourceArticle[] {
  const batch = data as Partial<BatchData> | null;
  if (!batch || batch.format !== FORMAT || !Array.isArray(batch.articles)) throw new Error(`not a ${FORMAT} batch`);
  return batch.articles.map((article: SourceArticle, i) => {
    if (!article || !isString(article.id) || !isString(article.text) || !isString(article.sha256) || typeof article.body !== 'object') {
      throw new Error(`article ${i} of the batch is not an article`);
    }
    if (createHash('sha256').update(article.text, 'utf8').digest('hex') !== article.sha256) throw new Error(`article "${article.id}": its text does not match its sha256`);
    return article;
  });
}
