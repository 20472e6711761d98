// Extractors the build hands batches of articles to: the calling thread itself, a pool of worker threads (each with
// its own copy of the knowledge), and ScalingExtractor, which uses both. Each answers a batch with its results in
// order. The calling thread extracts too: on a machine of N cores, N-1 workers and the thread that reads keep every
// core busy, where N workers and the reader would fight over them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DiplographError, type ErrorCode } from '../errors.js';
import type { SourceArticle } from '../extract/read/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { extractArticle } from './extract-one.js';
import type { ExtractedArticle, ExtractRequest, WorkerMessage } from './protocol.js';

export type { ExtractedArticle, ExtractedBy } from './protocol.js';

export interface Extractor {
  /** Extracts a batch; the results come in the batch's order. */
  run(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]>;
  /** Whether another batch may be sent now without queueing behind a busy worker's backlog. */
  hasRoom(): boolean;
  /** Articles per batch: a message per article would cost more than small articles take to extract. */
  readonly batchSize: number;
  /** Whether the caller should let the event loop run (answers, reads) before sending more. */
  readonly shouldYield?: boolean;
  close(): Promise<void>;
}

/** The default number of workers: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Extraction on the calling thread: no copies, no threads; each batch is extracted when it is sent. */
export class InProcessExtractor implements Extractor {
  readonly batchSize = 1;
  constructor(private readonly knowledge: Knowledge) {}

  run(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]> {
    try {
      return Promise.resolve(articles.map((a) => extractArticle(a, this.knowledge)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  hasRoom(): boolean {
    return true;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Starts a worker on the worker entry beside this module: the compiled `.js` under dist/, or the `.ts` source under
 * tsx or vitest, where the worker first registers tsx's loader (a worker does not inherit the parent's loader).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here));
  const entry = new URL('./extract-worker.ts', here).href;
  const require = createRequire(here);
  const tsxRoot = dirname(require.resolve('tsx/package.json'));
  const exports = (JSON.parse(readFileSync(join(tsxRoot, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(tsxRoot, exports['./esm/api']!.import.default)).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (results: ExtractedArticle[]) => void; reject: (error: unknown) => void }>;
}

/** Worker threads, each loading the bundled knowledge once; batches go to the worker with the fewest outstanding. */
export class ExtractionPool implements Extractor {
  /**
   * Batches a worker may hold: one being extracted and three waiting. The calling thread hands out more only
   * between batches of its own and reads; with one waiting, workers sat idle an eighth of the time.
   */
  static readonly perWorker = 4;
  readonly batchSize = 8;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failure: unknown;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map() };
    const fail = (error: unknown) => {
      this.failure ??= error;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'done') {
        const p = slot.pending.get(message.id);
        slot.pending.delete(message.id);
        p?.resolve(message.results.map((r) => ({ ...r, by: 'thread' })));
      } else if (message.kind === 'fatal') {
        fail(new DiplographError(message.code as ErrorCode, message.message));
      }
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closing) fail(new Error(`extraction worker ${slot.worker.threadId} stopped with exit code ${code}`));
    });
    return slot;
  }

  run(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      const request: ExtractRequest = { id, articles };
      slot.worker.postMessage(request);
    });
  }

  hasRoom(): boolean {
    return this.slots.some((s) => s.pending.size < ExtractionPool.perWorker);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * `jobs` threads extracting: the calling thread, which also reads the inputs, and `jobs - 1` workers. The workers
 * start once more than `after` articles have been sent (a worker costs a start-up and a copy of the knowledge, more
 * than a small run takes to extract); from then on a batch goes to a worker with room, and when none has room the
 * calling thread extracts it itself, so no core idles while the workers load or the reader waits for them.
 */
export class ScalingExtractor implements Extractor {
  private inProcess: InProcessExtractor | undefined;
  private pool: ExtractionPool | undefined;
  private sent = 0;
  /** The last batch ran on the calling thread while workers may be waiting for it to read their answers. */
  private ranHere = false;

  constructor(
    private readonly jobs: number,
    private readonly knowledge: () => Knowledge,
    private readonly after: number,
  ) {}

  get batchSize(): number {
    return this.pool?.batchSize ?? 1;
  }

  /** After a batch ran on the calling thread, workers may be waiting for it to read their answers. */
  get shouldYield(): boolean {
    return this.pool !== undefined && this.ranHere;
  }

  run(articles: readonly SourceArticle[]): Promise<ExtractedArticle[]> {
    this.sent += articles.length;
    if (!this.pool && this.jobs > 1 && this.sent > this.after) this.pool = new ExtractionPool(this.jobs - 1);
    this.ranHere = !this.pool?.hasRoom();
    if (!this.ranHere) return this.pool!.run(articles);
    this.inProcess ??= new InProcessExtractor(this.knowledge());
    return this.inProcess.run(articles);
  }

  hasRoom(): boolean {
    return true;
  }

  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}
