// Option parsers, and the options the commands reading a corpus share: a bad value is a usage error naming the
// option's expectation. Only commander here: every command is defined at start-up, before one of them runs.
import { InvalidArgumentError, Option } from 'commander';

export function parseIsoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** A day, or a month (YYYY-MM) or year (YYYY) standing for its first day (`first`) or its last (`last`). */
function parseDateBound(value: string, bound: 'first' | 'last'): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseIsoDate(value);
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY, got "${value}"`);
  }
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) throw new InvalidArgumentError(`expected a month 01 to 12, got "${value}"`);
  if (bound === 'first') return `${m[1]}-${m[2] ?? '01'}-01`;
  const last = month ?? 12;
  const day = new Date(Date.UTC(Number(m[1]), last, 0)).getUTCDate();
  return `${m[1]}-${String(last).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** --since: a day, or the first day of a month or year. */
export const parseSince = (value: string): string => parseDateBound(value, 'first');
/** --until: a day, or the last day of a month or year. */
export const parseUntil = (value: string): string => parseDateBound(value, 'last');

export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a size such as 500KB or 5MB, got "${value}"`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(m[1]) * unit);
}

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
