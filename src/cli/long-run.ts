// What the commands that read a whole corpus share (build, extract, merge): the --jobs value, progress on standard
// error unless --quiet, and the warnings printed after the run.
import { InvalidArgumentError } from 'commander';
import type { Warning } from '../document/types.gen.js';
import { formatWarning } from '../errors.js';
import { countInputs, Progress } from './progress.js';

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a number of workers (1 or more), got "${value}"`);
  return Number(value);
}

/** Progress over `paths` on standard error, its total counted alongside the run; none when quiet. */
export function startProgress(paths: readonly string[], unit: string, quiet: boolean | undefined, extensions?: ReadonlySet<string>): Progress | undefined {
  if (quiet) return undefined;
  const progress = new Progress(process.stderr, unit);
  // A count that fails leaves the total unknown (no ETA); the run itself reports paths it cannot read.
  countInputs(paths, extensions).then((total) => { progress.total = total; }, () => { progress.total = undefined; });
  return progress;
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
  for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
}
