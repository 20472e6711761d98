// `diplograph worker`: takes batches of articles off the queue, extracts them on its threads with the code every
// build runs (src/parallel/), and stores each article's result under its extraction key. Any number of workers on
// any number of machines may serve one queue. On stop (SIGTERM) a worker takes no new batch and finishes those it
// holds; a worker killed outright stops renewing its batches' locks, and another worker's stalled-job check gives
// them out again. A batch that fails (a worker died on it, its results could not be stored) is tried again, three
// times in all; the build then reports its articles.
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DiplographError } from '../errors.js';
import type { SourceArticle } from '../extract/read/types.js';
import { extractionKey } from '../graph/cache.js';
import { defaultFingerprint } from '../graph/fingerprint.js';
import { defaultJobs, ExtractionPool, type ExtractedArticle } from '../parallel/pool.js';
import { ATTEMPTS, MAX_STALLED, QUEUE_PREFIX, queueName, readBatch } from './batch.js';
import { checkServer, errorLine, openConnection, reportOutages } from './connection.js';
import { encodeResult, FAILED_TTL_SECONDS, RESULT_TTL_SECONDS, resultKey } from './store.js';
import { queueTimes, type QueueTimes } from './times.js';
import { parseQueueUrl } from './url.js';

export interface QueueWorkerOptions {
  /** Extraction threads; default one per core. The worker holds two batches per thread, so none waits for work. */
  readonly concurrency?: number;
  /** Told what the worker does, one line at a time, free of passwords. */
  readonly onLog?: (line: string) => void;
}

/** "3 batches (96 articles)". */
export function count(stats: { readonly batches: number; readonly articles: number }): string {
  return `${stats.batches} batch${stats.batches === 1 ? '' : 'es'} (${stats.articles} article${stats.articles === 1 ? '' : 's'})`;
}

/** How often a busy worker reports what it has done. */
const REPORT_MS = 10_000;

/** How often a stopping worker looks whether it is cut off from Redis with nothing left to extract. */
const CUT_OFF_CHECK_MS = 250;

/** The reason a MULTI was discarded: the error of the command Redis refused (NOPERM, OOM), not EXECABORT's. */
function transactionError(error: unknown): unknown {
  const previous = (error as { previousErrors?: unknown[] } | null)?.previousErrors;
  return previous?.[0] ?? error;
}

export class QueueWorker {
  readonly stats = { batches: 0, articles: 0 };
  /** Settles once the worker has stopped; rejects with a DiplographError when it stopped because it cannot work. */
  readonly stopped: Promise<void>;
  private pool: ExtractionPool;
  private stopping: Promise<void> | undefined;
  private fatal: DiplographError | undefined;
  private done!: (error?: DiplographError) => void;
  private readonly worker: Worker;
  private readonly report: NodeJS.Timeout;
  private reported = 0;
  /** Batches being extracted or stored now. */
  private active = 0;

  private constructor(
    private readonly client: Redis,
    private readonly threads: number,
    private readonly fingerprint: string,
    private readonly log: (line: string) => void,
    display: string,
    times: QueueTimes,
  ) {
    this.stopped = new Promise((resolve, reject) => {
      this.done = (error) => (error ? reject(error) : resolve());
    });
    this.pool = new ExtractionPool(threads);
    this.worker = new Worker(queueName(fingerprint), (job: Job) => this.process(job), {
      connection: client,
      prefix: QUEUE_PREFIX,
      concurrency: threads * 2,
      lockDuration: times.lockMs,
      stalledInterval: times.stalledCheckMs,
      maxStalledCount: MAX_STALLED,
    });
    reportOutages(client, [this.worker], display, log, 'worker: ');
    this.worker.on('failed', (job, error) => {
      log(`worker: batch ${job?.id?.slice(0, 12) ?? '?'} failed (try ${job?.attemptsMade ?? '?'} of ${ATTEMPTS}): ${errorLine(error)}`);
    });
    this.worker.on('stalled', (id) => {
      log(`worker: batch ${id.slice(0, 12)} was held by a worker that stopped; it goes to another`);
    });
    this.report = setInterval(() => {
      if (this.stats.articles === this.reported) return;
      this.reported = this.stats.articles;
      log(`worker: ${count(this.stats)} extracted`);
    }, REPORT_MS);
    this.report.unref();
  }

  /** Connects to the queue at `url` (a one-line DiplographError within seconds when it cannot) and starts working. */
  static async start(url: string, options: QueueWorkerOptions = {}): Promise<QueueWorker> {
    const target = parseQueueUrl(url);
    const times = queueTimes();
    const version = await checkServer(target);
    const threads = Math.max(1, Math.floor(options.concurrency ?? defaultJobs()));
    const fingerprint = defaultFingerprint();
    const log = options.onLog ?? (() => undefined);
    log(`worker: taking batches from ${target.display} (Redis ${version}, queue ${queueName(fingerprint)}) on ${threads} thread${threads === 1 ? '' : 's'}`);
    return new QueueWorker(openConnection(target), threads, fingerprint, log, target.display, times);
  }

  private async process(job: Job): Promise<number> {
    this.active++;
    try {
      return await this.extractAndStore(job);
    } finally {
      this.active--;
    }
  }

  private async extractAndStore(job: Job): Promise<number> {
    const articles = readBatch(job.data);
    const results = await this.extract(articles);
    const multi = this.client.multi();
    results.forEach((result, i) => {
      const key = resultKey(extractionKey(articles[i]!, this.fingerprint));
      multi.set(key, encodeResult(result), 'EX', result.failed ? FAILED_TTL_SECONDS : RESULT_TTL_SECONDS);
    });
    try {
      await multi.exec();
    } catch (error) {
      throw transactionError(error);
    }
    this.stats.batches++;
    this.stats.articles += articles.length;
    return articles.length;
  }

  /** The batch's results from the threads. A thread that died is replaced; broken data files stop the worker. */
  private async extract(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]> {
    const pool = this.pool;
    try {
      return await pool.run(articles);
    } catch (error) {
      if (error instanceof DiplographError) {
        this.fatal ??= error;
        void this.stop();
      } else if (this.pool === pool) {
        this.pool = new ExtractionPool(this.threads);
        void pool.close();
      }
      throw error;
    }
  }

  /** Resolves once Redis is away and no batch is being extracted or stored. */
  private async cutOff(): Promise<void> {
    while (this.client.status === 'ready' || this.active > 0) await new Promise((resolve) => { setTimeout(resolve, CUT_OFF_CHECK_MS); });
  }

  /**
   * Takes no new batch, finishes those held, then closes threads and connection. BullMQ's close waits for Redis to
   * come back; a worker cut off from it stops once it extracts nothing, since the results of the batches it holds
   * could not be stored: they go to another worker once their locks run out. Its connections may then still hold
   * the process open: the caller ends it.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      clearInterval(this.report);
      const closed = await Promise.race([this.worker.close().then(() => true), this.cutOff().then(() => false)]);
      if (!closed) this.log('worker: Redis is away; the batches held go to another worker once their locks run out');
      await this.pool.close();
      this.client.disconnect();
      this.done(this.fatal);
    })();
    return this.stopping;
  }
}
