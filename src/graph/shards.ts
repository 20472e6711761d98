// The reduce step: reads what `diplograph extract` wrote (one fragment per line, JSON) and whole graph documents,
// and merges them. Every line is checked against the graph schema: a line that is not JSON, or not a valid
// fragment, is a warning naming the file and line, and is skipped; so is a graph file that cannot be used.
// Because the merge is associative and commutative, any split of a corpus into shards, merged in any order and
// grouping, gives the same document byte for byte.
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { schemaProblems } from '../document/validate.js';
import { InputError } from '../errors.js';
import { missingInputs } from '../io/missing-inputs.js';
import { stdinLabel } from '../extract/read/index.js';
import type { LayoutOptions, MergeOptions } from './defaults.js';
import { layoutDocument } from './layout.js';
import { readGraphDocument } from './load.js';
import { GraphMerger } from './merge.js';
import { strictError } from './strict.js';

/** One document read from a shard (a fragment line or a whole graph), or the warnings of what could not be. */
export interface ShardItem {
  readonly document?: GraphDocument;
  readonly warnings: readonly Warning[];
}

/** Extensions taken from a folder: fragment lines and graph documents. */
export const SHARD_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson', '.json']);

/** The fragment on one line of a shard, or a warning saying why the line is skipped. Blank lines give null. */
export function readFragmentLine(text: string, file: string, line: number): ShardItem | null {
  const source = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (cause) {
    const detail = cause instanceof SyntaxError ? cause.message : String(cause);
    return { warnings: [{ code: 'bad_record', message: `not valid JSON (${detail}); line skipped`, file, line }] };
  }
  const problems = schemaProblems('graph', data);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return { warnings: [{ code: 'invalid_fragment', message: `not a fragment: ${first.pointer} ${first.message}${more}; line skipped`, file, line, pointer: first.pointer }] };
  }
  return { document: data as GraphDocument, warnings: [] };
}

async function* readLines(lines: AsyncIterable<string>, file: string): AsyncGenerator<ShardItem> {
  let n = 0;
  for await (const text of lines) {
    const item = readFragmentLine(text, file, ++n);
    if (item) yield item;
  }
}

/** Whether a file holds one document rather than lines: `.json`, or a first line that is not JSON by itself. */
async function isDocumentFile(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.jsonl' || ext === '.ndjson') return false;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const first = head.split('\n', 1)[0]!;
    try {
      JSON.parse(first);
      return false;
    } catch {
      // A first line that does not parse alone: a pretty-printed document (or a broken file, reported when read).
      return true;
    }
  } finally {
    await handle.close();
  }
}

/** A graph file that cannot be merged, as a warning: unreadable, not JSON, or not a valid graph document. */
function unusable(file: string, cause: unknown): Warning {
  if (cause instanceof InputError) {
    // The error's message starts with where it is ("file#/pointer: "); the warning carries that in its fields.
    const at = `${cause.file}${cause.line !== undefined ? `:${cause.line}` : cause.pointer !== undefined ? `#${cause.pointer}` : ''}: `;
    const message = `${cause.message.startsWith(at) ? cause.message.slice(at.length) : cause.message}; file skipped`;
    const code = cause.cause instanceof SyntaxError ? 'bad_record' : cause.pointer !== undefined || cause.cause instanceof InputError ? 'invalid_fragment' : 'unreadable';
    return { code, message, file, ...(cause.pointer !== undefined ? { pointer: cause.pointer } : {}) };
  }
  const e = cause as NodeJS.ErrnoException;
  return { code: 'unreadable', message: `cannot read: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}; skipped`, file };
}

async function* readShardFile(path: string): AsyncGenerator<ShardItem> {
  if (await isDocumentFile(path)) {
    let document: GraphDocument;
    try {
      document = readGraphDocument(path);
    } catch (error) {
      if (error instanceof InputError) { yield { warnings: [unusable(path, error)] }; return; }
      throw error;
    }
    yield { document, warnings: [] };
    return;
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    yield* readLines(lines, path);
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** Shard files under a folder, recursively, sorted by name; hidden entries passed over. */
async function* shardFiles(dir: string): AsyncGenerator<string> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) yield* shardFiles(path);
    else if (SHARD_EXTENSIONS.has(extname(name).toLowerCase())) yield path;
  }
}

/**
 * Every document in `paths`: fragment-line files (`.jsonl`, `-` for standard input), graph documents (`.json`) and
 * folders of them. A problem with a line or a file is a warning on its item; the rest is still read.
 */
export async function* readShards(paths: readonly string[]): AsyncGenerator<ShardItem> {
  for (const path of paths) {
    if (path === '-') {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      yield* readLines(lines, stdinLabel);
      continue;
    }
    try {
      if ((await stat(path)).isDirectory()) {
        for await (const file of shardFiles(path)) yield* readShardFile(file);
      } else {
        yield* readShardFile(path);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      yield { warnings: [unusable(path, error)] };
    }
  }
}

export interface MergeFilesOptions {
  readonly merge?: MergeOptions;
  /** Lay the merged graph out with ForceAtlas2; true by default. */
  readonly layout?: boolean | LayoutOptions;
  /** Stop at the first warning, throwing it as an InputError. */
  readonly strict?: boolean;
  /** Called once per document read, for progress reporting. */
  readonly onDocument?: (done: number) => void;
  /** Merge the named paths that exist when others do not (see missingInputs); else a missing path throws. */
  readonly keepGoing?: boolean;
}

export interface MergeFilesResult {
  readonly document: GraphDocument;
  readonly warnings: readonly Warning[];
  /** Documents merged (fragments and graphs). */
  readonly documents: number;
  /** Lines or files skipped. */
  readonly skipped: number;
}

/** Merges every document of `paths` (see readShards) into one graph, laid out unless `layout` is false. */
export async function mergeFiles(paths: readonly string[], options: MergeFilesOptions = {}): Promise<MergeFilesResult> {
  const merger = new GraphMerger(options.merge);
  // A missing path with --keep-going is read as the others are: an `unreadable` warning.
  await missingInputs(paths, options.keepGoing);
  const warnings: Warning[] = [];
  let documents = 0;
  let skipped = 0;
  for await (const item of readShards(paths)) {
    if (options.strict && item.warnings.length > 0) throw strictError(item.warnings[0]!);
    for (const w of item.warnings) warnings.push(w);
    if (item.document) { merger.add(item.document); documents++; } else skipped++;
    options.onDocument?.(documents + skipped);
  }
  // An empty graph is never what was asked for, and must not replace a good one.
  if (documents === 0) {
    const first = warnings[0];
    const why = skipped === 0 || !first ? 'no .jsonl or .json input' : `none usable; the first problem: ${first.file}${first.line !== undefined ? `:${first.line}` : ''}: ${first.message}`;
    throw new InputError(paths.join(' '), `nothing to merge (${why}); nothing written`);
  }
  let document = merger.result();
  if (options.layout !== false) document = layoutDocument(document, typeof options.layout === 'object' ? options.layout : {});
  return { document, warnings, documents, skipped };
}
