// What the commands that read a whole corpus share when they run (build, extract, merge): progress on standard
// error unless --quiet, notices of a queued run, and the warnings printed after the run. Every line about a queue
// passes through redactUrls, so a password in --queue is never printed.
import type { Warning } from '../document/types.gen.js';
import { formatWarning } from '../errors.js';
import { redactUrls } from '../queue/url.js';
import { countInputs, Progress } from './progress.js';

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
