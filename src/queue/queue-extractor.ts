// Extraction by the workers of a Redis queue (`diplograph worker`, any number of them, on any machines), for a build
// or extract run with --queue. Like the local extractors it answers each batch with its results in the batch's
// order: articles whose result the queue's store holds are read back; the others go on the queue as one BullMQ job
// whose id is a hash of their extraction keys, and are read back once a worker has stored their results. The store,
// not BullMQ's events, says when a batch is done, so a Redis restart, a worker killed mid-batch and a job lost by an
// unpersisted Redis all end the same way: the job is found again, or submitted again, and each article counts once.
import { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Warning } from '../document/types.gen.js';
import { DiplographError } from '../errors.js';
import type { SourceArticle } from '../extract/read/types.js';
import { extractionKey } from '../graph/cache.js';
import type { ExtractedArticle, Extractor } from '../parallel/pool.js';
import { batchData, batchJobId, jobOptions, QUEUE_PREFIX, queueName } from './batch.js';
import { checkServer, errorLine, openConnection, queueError, reportOutages } from './connection.js';
import { decodeResult, RESULT_TTL_SECONDS, resultKey } from './store.js';
import { queueTimes, type QueueTimes } from './times.js';
import { parseQueueUrl, type QueueTarget } from './url.js';

/** Articles per job: a job costs a few round trips to Redis, about what extracting one small article takes. */
const BATCH = 32;
/** Batches on the queue at once (2,048 articles, the reading window of extractInputs): memory stays flat. */
const IN_FLIGHT = 64;
/** How often the store is asked whether waiting batches are done (one round trip for all of them). */
const POLL_MS = 50;
/** Reconnection attempts, about one a second, before a run stops for want of Redis. */
const RECONNECT_ATTEMPTS = 60;
/** Times a batch is submitted again when its results are missing once it is done (evicted by a full Redis). */
const RESUBMISSIONS = 2;

export interface QueueExtractorOptions {
  /** Identifies the extractor: its queue, and its results' keys. */
  readonly fingerprint: string;
  /** What the run should tell its user while it waits (lost connection, no worker yet), free of passwords. */
  readonly onNotice?: (message: string) => void;
}

interface Waiting {
  readonly id: string;
  /** The result key of the batch's first article: a worker stores a batch's results all at once. */
  readonly key: string;
  readonly articles: readonly SourceArticle[];
  checked: number;
  readonly settle: (outcome: { failed?: string; attempts?: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** The warning of an article whose batch failed on the queue's workers. */
function failedWarning(article: SourceArticle, reason: string, attempts: number | undefined): Warning {
  const times = attempts ? ` ${attempts} time${attempts === 1 ? '' : 's'}` : '';
  return {
    code: 'extraction_failed', file: article.file ?? article.url ?? article.id,
    message: `article "${article.id}": its batch failed on the queue's workers${times} (${reason}); skipped`,
  };
}

export class QueueExtractor implements Extractor {
  readonly batchSize = BATCH;
  private inFlight = 0;
  private readonly waiting = new Set<Waiting>();
  private polling = false;
  private lastDone = Date.now();
  private noticedIdle = false;
  private noticedResubmit = false;
  private failure: DiplographError | undefined;

  private constructor(
    private readonly target: QueueTarget,
    private readonly client: Redis,
    private readonly queue: Queue,
    private readonly fingerprint: string,
    private readonly notice: (message: string) => void,
    private readonly times: QueueTimes,
  ) {
    reportOutages(client, [queue], target.display, notice);
  }

  /** Connects to the queue at `url` (a one-line DiplographError within seconds when it cannot). */
  static async open(url: string, options: QueueExtractorOptions): Promise<QueueExtractor> {
    const target = parseQueueUrl(url);
    const times = queueTimes();
    await checkServer(target);
    const client = openConnection(target, RECONNECT_ATTEMPTS);
    const queue = new Queue(queueName(options.fingerprint), { connection: client, prefix: QUEUE_PREFIX });
    return new QueueExtractor(target, client, queue, options.fingerprint, options.onNotice ?? (() => undefined), times);
  }

  async run(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]> {
    if (this.failure) throw this.failure;
    this.inFlight++;
    try {
      return await this.extract(articles, 0);
    } catch (error) {
      throw this.failure ?? this.runError(error);
    } finally {
      this.inFlight--;
    }
  }

  hasRoom(): boolean {
    return this.inFlight < IN_FLIGHT;
  }

  async close(): Promise<void> {
    try {
      await this.queue.close();
    } finally {
      this.client.disconnect();
    }
  }

  /** The run-stopping error for what Redis did: a connection given up on, a refused command; other errors as they are. */
  private runError(error: unknown): unknown {
    if (this.client.status === 'end') return queueError(this.target, `lost the queue and could not reconnect within about ${RECONNECT_ATTEMPTS} s`, error);
    if (error instanceof Error && error.name === 'ReplyError') return queueError(this.target, 'the queue refused a command', error);
    return error;
  }

  /** Results of `articles` from the store, else from the queue; `round` counts resubmissions of results gone missing. */
  private async extract(articles: readonly SourceArticle[], round: number): Promise<ExtractedArticle[]> {
    const keys = articles.map((a) => resultKey(extractionKey(a, this.fingerprint)));
    const results = await this.read(keys, round === 0 ? 'store' : 'queue');
    const missing = results.flatMap((r, i) => (r ? [] : [i]));
    if (missing.length === 0) return results as ExtractedArticle[];
    const batch = missing.map((i) => articles[i]!);
    let answers: ExtractedArticle[];
    if (round > RESUBMISSIONS) {
      answers = batch.map((a) => ({ warnings: [failedWarning(a, 'its results kept disappearing from the store', undefined)], failed: true }));
    } else {
      const outcome = await this.submit(batch, missing.map((i) => keys[i]!));
      answers = outcome.failed !== undefined
        ? batch.map((a) => ({ warnings: [failedWarning(a, outcome.failed!, outcome.attempts)], failed: true }))
        : await this.extract(batch, round + 1);
    }
    missing.forEach((i, n) => { results[i] = answers[n]; });
    return results as ExtractedArticle[];
  }

  /** The stored results of `keys`, their lives extended; failures are deleted once read (the next run tries again). */
  private async read(keys: readonly string[], by: 'queue' | 'store'): Promise<(ExtractedArticle | undefined)[]> {
    const pipeline = this.client.pipeline();
    for (const key of keys) pipeline.getexBuffer(key, 'EX', RESULT_TTL_SECONDS);
    const replies = (await pipeline.exec()) ?? [];
    const failed: string[] = [];
    const results = keys.map((key, i) => {
      const [error, value] = replies[i] ?? [new Error('no reply')];
      if (error) throw error;
      if (!value) return undefined;
      const result = decodeResult(value as Buffer, by);
      if (result.failed) failed.push(key);
      return result;
    });
    if (failed.length > 0) await this.client.del(...failed);
    return results;
  }

  /** Puts a batch on the queue (a failed job of the same articles, from an earlier run, is first removed) and waits. */
  private async submit(articles: readonly SourceArticle[], keys: readonly string[]): Promise<{ failed?: string; attempts?: number }> {
    const id = batchJobId(keys);
    const earlier = await Job.fromId(this.queue, id);
    if (earlier && (await earlier.isFailed())) await earlier.remove();
    await this.queue.add('batch', batchData(articles), { ...jobOptions(this.times.retryMs), jobId: id });
    return new Promise((resolve, reject) => {
      this.waiting.add({ id, key: keys[0]!, articles, checked: Date.now(), settle: resolve, reject });
      this.poll();
    });
  }

  private poll(): void {
    if (this.polling) return;
    this.polling = true;
    const loop = async () => {
      try {
        while (this.waiting.size > 0) {
          await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
          await this.check();
        }
      } catch (error) {
        const failure = this.runError(error);
        if (failure instanceof DiplographError) this.failure = failure;
        for (const w of this.waiting) w.reject(failure);
        this.waiting.clear();
      } finally {
        this.polling = false;
      }
    };
    void loop();
  }

  private settle(w: Waiting, outcome: { failed?: string; attempts?: number }): void {
    this.waiting.delete(w);
    this.lastDone = Date.now();
    this.noticedIdle = false;
    w.settle(outcome);
  }

  /** One look at every waiting batch: done when its results are stored; its job looked at now and then. */
  private async check(): Promise<void> {
    const list = [...this.waiting];
    const pipeline = this.client.pipeline();
    for (const w of list) pipeline.exists(w.key);
    const replies = (await pipeline.exec()) ?? [];
    const now = Date.now();
    const open: Waiting[] = [];
    list.forEach((w, i) => {
      const [error, count] = replies[i] ?? [new Error('no reply')];
      if (error) throw error;
      if (count) this.settle(w, {});
      else open.push(w);
    });
    for (const w of open) {
      if (now - w.checked < this.times.jobCheckMs) continue;
      w.checked = now;
      // The job's state first, then the store: a job done and removed in between has stored its results before.
      const state = await this.queue.getJobState(w.id);
      if (state === 'failed') {
        const job = await Job.fromId(this.queue, w.id);
        this.settle(w, { failed: errorLine(job?.failedReason ?? 'failed'), attempts: job?.attemptsMade ?? 0 });
      } else if (state === 'unknown') {
        if (await this.client.exists(w.key)) { this.settle(w, {}); continue; }
        if (!this.noticedResubmit) this.notice(`a batch was missing from the queue (Redis restarted without its data?); submitting it again`);
        this.noticedResubmit = true;
        await this.queue.add('batch', batchData(w.articles), { ...jobOptions(this.times.retryMs), jobId: w.id });
      }
    }
    if (this.waiting.size > 0 && !this.noticedIdle && now - this.lastDone > this.times.idleNoticeMs) {
      this.noticedIdle = true;
      if ((await this.queue.getWorkersCount()) === 0) {
        this.notice(`waiting: no worker takes batches from ${this.target.display} (start \`diplograph worker --queue ...\` of this same release)`);
      }
    }
  }
}
