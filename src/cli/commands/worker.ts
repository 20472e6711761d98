// `diplograph worker`: serves a Redis queue until stopped, extracting the batches that `build --queue` and
// `extract --queue` put on it. SIGTERM or SIGINT: finish the batches held, then exit 0; a second one exits at once,
// leaving those batches to other workers once their locks run out.
import type { Command } from 'commander';
import { parseJobs } from '../options.js';

interface WorkerFlags {
  queue: string;
  concurrency?: number;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Extract the batches of articles that build --queue and extract --queue put on a Redis queue, until stopped')
    .requiredOption('--queue <url>', 'the queue: redis://[:password@]host[:port][/db], rediss:// for TLS')
    .option('-c, --concurrency <n>', 'extraction threads (default: one per core)', parseJobs)
    .option('-q, --quiet', 'print nothing while working')
    .action(async (opts: WorkerFlags) => {
      const { count, QueueWorker } = await import('../../queue/worker.js');
      const { noticeWriter } = await import('../long-run.js');
      const log = noticeWriter(opts.quiet) ?? (() => undefined);
      const worker = await QueueWorker.start(opts.queue, { ...(opts.concurrency ? { concurrency: opts.concurrency } : {}), onLog: log });
      let signals = 0;
      const stop = () => {
        if (++signals > 1) {
          log('worker: stopped without finishing its batches; other workers take them once their locks run out');
          process.exit(1);
        }
        log('worker: stopping once the batches it holds are done');
        void worker.stop();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      try {
        await worker.stopped;
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
      }
      log(`worker: stopped after ${count(worker.stats)}`);
      // A worker that stopped without Redis may still have connections trying to reach it.
      process.exit(0);
    });
}
