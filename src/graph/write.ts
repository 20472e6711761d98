// Writes a graph document as `JSON.stringify(doc, null, 2)` would, byte for byte, but item by item: a graph of a
// hundred thousand articles is a gigabyte of text, more than one JavaScript string may hold. A file is written
// to a temporary sibling, flushed to disk and renamed over the target, so readers (and a killed build) see the
// previous file or the new one, never half of one. Temporary files a killed writer left behind are removed.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/** Text is handed to the file in pieces of about this many characters. */
const CHUNK = 1 << 20;

function indent(text: string, spaces: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${spaces}`) : text;
}

/**
 * The pieces of `JSON.stringify(doc, null, 2) + "\n"`, in order, each of moderate size: top-level arrays are
 * written one item at a time. `doc` is a plain JSON object (a graph document or a fragment).
 */
export function* documentChunks(doc: object): Generator<string> {
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) { yield '{}\n'; return; }
  let buffer = '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    buffer += `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      buffer += '[\n';
      for (let j = 0; j < value.length; j++) {
        // JSON.stringify writes undefined and functions in arrays as null.
        const item = value[j] === undefined || typeof value[j] === 'function' ? 'null' : JSON.stringify(value[j], null, 2);
        buffer += `    ${indent(item, '    ')}${j < value.length - 1 ? ',' : ''}\n`;
        if (buffer.length >= CHUNK) { yield buffer; buffer = ''; }
      }
      buffer += '  ]';
    } else {
      buffer += indent(JSON.stringify(value, null, 2), '  ');
    }
    buffer += i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${buffer}}\n`;
}

/** Whether `pid` is a running process (ours or another user's). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `.name.<pid>.<n>.tmp` siblings of `path` whose writer is gone (a build killed half way). */
function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid)) rmSync(join(dir, name), { force: true });
  }
}

let counter = 0;

/**
 * A file written atomically, piece by piece: a temporary sibling that `commit` flushes to disk and renames over the
 * target; `abort` (or the process dying) leaves the previous file as it was. Pieces are gathered into large writes.
 */
export class AtomicWriter {
  readonly path: string;
  private readonly temp: string;
  private fd: number | undefined;
  private pending = '';

  constructor(path: string) {
    this.path = path;
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    removeStaleTemps(path);
    this.temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
    this.fd = openSync(this.temp, 'w');
  }

  write(piece: string): void {
    if (this.fd === undefined) throw new Error(`AtomicWriter: ${this.path} is already closed`);
    this.pending += piece;
    if (this.pending.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.pending && this.fd !== undefined) writeSync(this.fd, this.pending);
    this.pending = '';
  }

  /** Flushes, syncs and renames the file into place. */
  commit(): void {
    if (this.fd === undefined) throw new Error(`AtomicWriter: ${this.path} is already closed`);
    const fd = this.fd;
    try {
      this.flush();
      fsyncSync(fd);
    } catch (error) {
      this.abort();
      throw error;
    }
    closeSync(fd);
    this.fd = undefined;
    try {
      renameSync(this.temp, this.path);
    } catch (error) {
      rmSync(this.temp, { force: true });
      throw error;
    }
  }

  /** Drops what was written; the target is untouched. Safe to call more than once. */
  abort(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    this.pending = '';
    rmSync(this.temp, { force: true });
  }
}

/** Writes `pieces` to `path` atomically; if `pieces` throws, the previous file stays. */
export function writeAtomic(path: string, pieces: Iterable<string>): void {
  const writer = new AtomicWriter(path);
  try {
    for (const piece of pieces) writer.write(piece);
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.commit();
}

/** Writes the document to `path` (atomically) as `JSON.stringify(doc, null, 2) + "\n"` would. */
export function writeGraphDocument(path: string, doc: object): void {
  writeAtomic(path, documentChunks(doc));
}

/** Writes pieces to a stream (standard output), waiting for it to drain so memory stays bounded. */
export async function writeToStream(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}
