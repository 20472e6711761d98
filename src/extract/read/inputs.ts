// Walks the user's inputs (files, folders, `-` for stdin) and yields one ReadResult per article, in a stable order:
// paths as given, folder contents sorted by name. Every per-file problem becomes a warning; only a bad option throws.
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { DiplographError } from '../../errors.js';
import type { ArticleFormat, ReadOptions, ReadResult, Warning } from './types.js';
import { checkIsoDate, parseArticle } from './article.js';
import { decodeBytes, looksBinary, tooLargeWarning } from './decode.js';
import { defaultReadOptions, stdinLabel } from './defaults.js';
import { readJsonlLines } from './jsonl.js';

/** File extensions read from folders, and the format of each; other files in a folder are passed over. */
export const articleExtensions: ReadonlyMap<string, ArticleFormat | 'jsonl'> = new Map([
  ['.txt', 'txt'], ['.md', 'md'], ['.markdown', 'md'], ['.html', 'html'], ['.htm', 'html'], ['.jsonl', 'jsonl'],
]);

/** Bytes read from the start of a JSONL file to tell a binary file from text before streaming it. */
const sniffBytes = 8192;

function unreadable(file: string, cause: unknown): Warning {
  const e = cause as NodeJS.ErrnoException;
  const why = e.code === 'ENOENT' ? 'no such file or folder'
    : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied'
      : e.code === 'EISDIR' ? 'is a folder' : (e.message ?? String(cause)).split('\n')[0];
  return { code: 'unreadable', message: `cannot read: ${why}${e.code ? ` (${e.code})` : ''}; skipped`, file };
}

/** The format of text whose file name says nothing: JSON lines, HTML, or plain text. */
export function sniffFormat(text: string): ArticleFormat | 'jsonl' {
  const first = /\S/.exec(text)?.[0];
  if (first === '{') return 'jsonl';
  if (first === '<') return 'html';
  return 'txt';
}

function stemOf(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function checkOptions(options: ReadOptions): void {
  if (options.published !== undefined) checkIsoDate(options.published, 'published');
  if (options.referenceDate !== undefined) checkIsoDate(options.referenceDate, 'referenceDate');
  if (options.maxBytes !== undefined && !(Number.isFinite(options.maxBytes) && options.maxBytes > 0)) {
    throw new DiplographError('usage', `read: option maxBytes must be a positive number of bytes, got ${String(options.maxBytes)}`);
  }
}

async function* readJsonlFile(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(sniffBytes);
    const { bytesRead } = await handle.read(buffer, 0, sniffBytes, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (looksBinary(head)) {
    yield { warnings: [{ code: 'binary_file', message: 'file is binary (NUL or control bytes), not JSON lines; skipped', file: path }] };
    return;
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    yield* readJsonlLines(lines, { file: path, stem: stemOf(path), path }, options);
  } finally {
    lines.close();
    stream.destroy();
  }
}

async function* readFileInput(path: string, options: ReadOptions, explicit: boolean): AsyncGenerator<ReadResult> {
  const known = articleExtensions.get(extname(path).toLowerCase());
  if (known === 'jsonl') { yield* readJsonlFile(path, options); return; }
  const maxBytes = options.maxBytes ?? defaultReadOptions.maxBytes;
  const info = await stat(path);
  if (info.size > maxBytes) { yield { warnings: [tooLargeWarning(info.size, maxBytes, path)] }; return; }
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  const decoded = decodeBytes(bytes, path, options);
  if (decoded.text === undefined) { yield { warnings: decoded.warnings }; return; }
  // A file named on the command line is read whatever its extension, its format told by its first character.
  const format = known ?? (explicit ? sniffFormat(decoded.text) : 'txt');
  if (format === 'jsonl') {
    yield* readJsonlLines(decoded.text.split(/\r\n|\r|\n/), { file: path, stem: stemOf(path), path }, options);
    return;
  }
  const result = parseArticle(decoded.text, { id: stemOf(path), file: path, format }, options);
  yield { ...(result.article ? { article: result.article } : {}), warnings: [...decoded.warnings, ...result.warnings] };
}

/** Paths of the article files under `dir`, depth first, siblings sorted by name; hidden entries are passed over. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ path: string } | { warning: Warning }> {
  let entries: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (cause) {
    yield { warning: unreadable(dir, cause) };
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      yield { warning: unreadable(path, cause) };
      continue;
    }
    if (isDir) yield* walk(path, seen);
    else if (articleExtensions.has(extname(name).toLowerCase())) yield { path };
  }
}

async function* guarded(path: string, read: () => AsyncGenerator<ReadResult>): AsyncGenerator<ReadResult> {
  try {
    yield* read();
  } catch (cause) {
    if (cause instanceof DiplographError) throw cause;
    if ((cause as NodeJS.ErrnoException).code === undefined) throw cause;
    yield { warnings: [unreadable(path, cause)] };
  }
}

/**
 * Reads standard input (or any byte stream): JSON lines when its first non-space character is `{`, HTML when it is
 * `<`, plain text otherwise. JSON lines are read record by record; other input is read whole, up to maxBytes.
 */
export async function* readStream(source: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}, label = stdinLabel): AsyncGenerator<ReadResult> {
  checkOptions(options);
  const maxBytes = options.maxBytes ?? defaultReadOptions.maxBytes;
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let first: string | undefined;
  let done = false;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
    first = /\S/.exec(chunk.toString('latin1'))?.[0];
  }
  const stem = label === stdinLabel ? 'stdin' : stemOf(label);
  if (first === '{') {
    async function* rest(): AsyncGenerator<Buffer> {
      yield* chunks;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
      }
    }
    const lines = createInterface({ input: Readable.from(rest()), crlfDelay: Infinity });
    yield* readJsonlLines(lines, { file: label, stem, ...(label === stdinLabel ? {} : { path: label }) }, options);
    return;
  }
  while (!done && size <= maxBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  if (size > maxBytes) {
    await iterator.return?.();
    yield { warnings: [tooLargeWarning(size, maxBytes, label)] };
    return;
  }
  const decoded = decodeBytes(Buffer.concat(chunks), label, options);
  if (decoded.text === undefined) { yield { warnings: decoded.warnings }; return; }
  const format = sniffFormat(decoded.text) === 'html' ? 'html' : 'txt';
  const meta = label === stdinLabel ? { id: stem, format } as const : { id: stem, file: label, format } as const;
  const result = parseArticle(decoded.text, meta, options);
  yield { ...(result.article ? { article: result.article } : {}), warnings: [...decoded.warnings, ...result.warnings] };
}

/**
 * Reads every article named by `paths`: files of any extension, folders (recursively, .txt .md .markdown .html
 * .htm .jsonl, sorted by name) and `-` for standard input. One result per article or skipped input; problems with
 * one input are warnings on its result and never stop the others. Throws only for a bad option.
 *
 * Each article gets an id of its own: a second article under an id already read gets the id with a short hash of
 * its text ("report~1a2b3c4d"). The same id with the same text again (a file given twice, a repeated record) is
 * one article, so the second is skipped with a warning.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const ids = new Set<string>();
  for await (const result of readAll(paths, options)) {
    const article = result.article;
    if (!article) { yield result; continue; }
    const hashed = `${article.id}~${article.sha256.slice(0, 8)}`;
    if (ids.has(article.id) && ids.has(hashed)) {
      const file = article.file ?? article.url ?? stdinLabel;
      yield { warnings: [...result.warnings, { code: 'duplicate_article', message: `article "${article.id}" with the same text was read before; skipped`, file }] };
      continue;
    }
    const id = ids.has(article.id) ? hashed : article.id;
    ids.add(id);
    // Remember the text under the plain id too, so that a repeat of the first article is recognised.
    ids.add(hashed);
    yield id === article.id ? result : { ...result, article: { ...article, id } };
  }
}

async function* readAll(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  checkOptions(options);
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield* guarded(stdinLabel, () => readStream(process.stdin, options));
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      yield { warnings: [unreadable(path, cause)] };
      continue;
    }
    if (!isDir) {
      yield* guarded(path, () => readFileInput(path, options, true));
      continue;
    }
    for await (const entry of walk(path, seen)) {
      if ('warning' in entry) yield { warnings: [entry.warning] };
      else yield* guarded(entry.path, () => readFileInput(entry.path, options, false));
    }
  }
}
