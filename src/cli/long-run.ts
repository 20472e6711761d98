// What the commands that read a whole corpus share (build, extract, merge): the --jobs value, progress on standard
// error unless --quiet, notices of a queued run, and the warnings printed after the run. Every line about a queue
// passes through redactUrls, so a password in --queue is never printed.
import { InvalidArgumentError, Option } from 'commander';
import { parseByteSize, parseIsoDate } from './options.js';
import type { Warning } from '../document/types.gen.js';
import { formatWarning } from '../errors.js';
import { redactUrls } from '../queue/url.js';
import { countInputs, Progress } from './progress.js';

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a number of workers (1 or more), got "${value}"`);
  return Number(value);
}

/** The options every command reading a corpus takes, written once so that their help reads the same everywhere. */
export const corpusOption = {
  published: () => new Option('--published <date>', 'publication date (YYYY-MM-DD) for every article, overriding what the text says').argParser(parseIsoDate),
  maxBytes: () => new Option('--max-bytes <size>', 'skip inputs larger than this (e.g. 5MB)').argParser(parseByteSize),
  jobs: () => new Option('-j, --jobs <n>', 'threads extracting articles: the main one and N-1 workers, for runs of more than 256 (default: one per core)').argParser(parseJobs),
  strict: () => new Option('--strict', 'stop at the first warning with exit 1, writing nothing'),
  queue: () => new Option('--queue <url>', 'extract on the workers of this Redis queue (see diplograph worker): redis://[:password@]host[:port][/db], rediss:// for TLS').conflicts('jobs'),
  keepGoing: () => new Option('--keep-going', 'when some named paths do not exist, read the others (each missing one a warning)'),
  quiet: () => new Option('-q, --quiet', 'print no warnings and no progress'),
};

/**
 * Counts the inputs of `paths` (files, JSONL lines; undefined for standard input), for the ETA and for deciding
 * whether workers are worth starting, and starts progress on standard error unless quiet.
 */
export async function startRun(paths: readonly string[], unit: string, quiet: boolean | undefined, extensions?: ReadonlySet<string>): Promise<{ progress?: Progress; expected?: number }> {
  const expected = await countInputs(paths, extensions);
  if (quiet) return expected === undefined ? {} : { expected };
  const progress = new Progress(process.stderr, unit);
  progress.total = expected;
  return { progress, ...(expected === undefined ? {} : { expected }) };
}

/** Runs `work` with progress ended either way: a completed run gets its closing line, a failed one does not. */
export async function withProgress<T>(progress: Progress | undefined, work: () => Promise<T>): Promise<T> {
  let completed = false;
  try {
    const result = await work();
    completed = true;
    return result;
  } finally {
    progress?.finish(completed);
  }
}

export function printWarnings(warnings: readonly Warning[], quiet: boolean | undefined): void {
  if (quiet) return;
  for (const w of warnings) process.stderr.write(`${redactUrls(formatWarning(w))}\n`);
}

/** Where a queued run's notices go: standard error, one line each, unless quiet. */
export function noticeWriter(quiet: boolean | undefined): ((message: string) => void) | undefined {
  return quiet ? undefined : (message) => { process.stderr.write(`${redactUrls(message)}\n`); };
}

/** The end of a run's summary line: where articles were extracted, when not all on the main thread. */
export function whereExtracted(counts: { readonly onWorkers: number; readonly byQueue: number; readonly fromStore: number }): string {
  const parts = [
    ...(counts.onWorkers ? [`${counts.onWorkers} extracted on worker threads`] : []),
    ...(counts.byQueue ? [`${counts.byQueue} extracted by queue workers`] : []),
    ...(counts.fromStore ? [`${counts.fromStore} from the queue's store`] : []),
  ];
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}
