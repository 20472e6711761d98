// Progress on standard error while a long run reads its inputs. On a terminal: one line redrawn in place (done,
// total when known, rate, ETA); otherwise, for logs and other programs, a plain line at most once a second:
//   progress 1200/5000 articles 2410/s eta 2s
// (`?` for an unknown total). The total comes from a cheap count of the inputs, made before the work starts.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { articleExtensions } from '../extract/read/index.js';

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Rates are measured over about this many milliseconds, so the ETA follows the current pace. */
const RATE_WINDOW = 5000;

export class Progress {
  /** Items expected, once counted. */
  total: number | undefined;
  private readonly started: number;
  private readonly samples: { at: number; done: number }[] = [];
  private last: number;
  private lines = 0;
  private done = 0;
  private drawn = false;
  private readonly interval: number;

  constructor(
    private readonly stream: ProgressStream,
    /** What is counted, plural ("articles", "documents"). */
    private readonly unit: string,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    // The first report comes one interval in: a run shorter than that prints nothing.
    this.last = this.started;
    this.samples.push({ at: this.started, done: 0 });
    this.interval = stream.isTTY ? 100 : 1000;
  }

  private rate(at: number): number {
    while (this.samples.length > 2 && at - this.samples[1]!.at > RATE_WINDOW) this.samples.shift();
    const first = this.samples[0]!;
    const seconds = (at - first.at) / 1000;
    return seconds > 0 ? (this.done - first.done) / seconds : 0;
  }

  /** Records `done` items; redraws when the last update is old enough. */
  update(done: number): void {
    this.done = done;
    const at = this.now();
    if (at - this.last < this.interval) return;
    this.last = at;
    this.samples.push({ at, done });
    this.draw(at);
  }

  private draw(at: number): void {
    const rate = this.rate(at);
    const total = this.total;
    const eta = total !== undefined && rate > 0 && total >= this.done ? (total - this.done) / rate : undefined;
    this.lines++;
    if (!this.stream.isTTY) {
      this.stream.write(`progress ${this.done}/${total ?? '?'} ${this.unit} ${Math.round(rate)}/s${eta !== undefined ? ` eta ${Math.ceil(eta)}s` : ''}\n`);
      return;
    }
    const count = total !== undefined ? `${this.done.toLocaleString('en')}/${total.toLocaleString('en')}` : this.done.toLocaleString('en');
    const width = 20;
    const bar = total ? `[${'#'.repeat(Math.min(width, Math.floor((this.done / total) * width))).padEnd(width, '.')}] ` : '';
    const line = `${bar}${count} ${this.unit}  ${Math.round(rate).toLocaleString('en')}/s${eta !== undefined ? `  ETA ${clock(eta)}` : ''}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\u001b[K`);
    this.drawn = true;
  }

  /**
   * Ends the display: clears the terminal line; in plain mode, when progress was reported and the run `completed`,
   * writes a last line with the overall rate, ending in "done".
   */
  finish(completed = true): void {
    const at = this.now();
    if (this.stream.isTTY) {
      if (this.drawn) this.stream.write('\r\u001b[K');
      return;
    }
    if (!completed || this.lines === 0) return;
    const seconds = (at - this.started) / 1000;
    this.stream.write(`progress ${this.done}/${this.total ?? this.done} ${this.unit} ${seconds > 0 ? Math.round(this.done / seconds) : 0}/s done\n`);
  }
}

function clock(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** Line ends in a file: its JSONL records (a blank line may make it one too many; it is an estimate). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return lines + (last === 0x0a ? 0 : 1);
}

async function countPath(path: string, explicit: boolean, extensions: ReadonlySet<string>): Promise<number> {
  if ((await stat(path)).isDirectory()) {
    let n = 0;
    for (const name of await readdir(path)) if (!name.startsWith('.')) n += await countPath(join(path, name), false, extensions);
    return n;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return explicit || extensions.has(ext) ? countLines(path) : 0;
  return explicit || extensions.has(ext) ? 1 : 0;
}

/**
 * About how many items `paths` hold, for the ETA: one per file a folder walk takes (`extensions`), one per line of
 * a JSONL file. Undefined when it cannot be known cheaply (standard input) or a path cannot be read; the run
 * reports those itself.
 */
export async function countInputs(paths: readonly string[], extensions: ReadonlySet<string> = new Set(articleExtensions.keys())): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    try {
      total += await countPath(path, true, extensions);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      return undefined;
    }
  }
  return total;
}
