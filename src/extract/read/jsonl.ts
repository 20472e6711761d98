// JSON Lines: one article per line, `{id, title, text, published, url}`, read line by line so a large file is never
// held in memory. A line that is not a usable record becomes a `bad_record` warning with its line number; the
// other records are still read.
import type { ArticleFormat, ArticleMeta, IsoDate, ReadOptions, ReadResult, Warning } from './types.js';
import { parseArticle } from './article.js';
import { tooLargeWarning } from './decode.js';
import { parseDateString } from './dates.js';
import { defaultReadOptions } from './defaults.js';

/** Field names accepted for each part of a record, first found wins (`text` is the documented one). */
const textFields = ['text', 'body', 'content'] as const;
const publishedFields = ['published', 'date', 'publishedAt', 'published_at'] as const;
const formats: ReadonlySet<string> = new Set(['txt', 'md', 'html']);

function badRecord(message: string, file: string, line: number): Warning {
  return { code: 'bad_record', message, file, line };
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Turns one line of a JSONL file into a ReadResult. `stem` is the file name without extension, used for the ids
 * of records that have none (`<stem>:<line>`). Blank lines give null.
 */
export function readRecord(raw: string, at: { file: string; stem: string; line: number; path?: string }, options: ReadOptions = {}): ReadResult | null {
  const { file, line } = at;
  const source = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (source.trim() === '') return null;
  const maxBytes = options.maxBytes ?? defaultReadOptions.maxBytes;
  const size = Buffer.byteLength(source, 'utf8');
  if (size > maxBytes) return { warnings: [tooLargeWarning(size, maxBytes, file, line)] };

  const warnings: Warning[] = [];
  if (source.includes('\ufffd')) {
    warnings.push({ code: 'bad_encoding', message: 'record holds bytes that are not valid UTF-8 (read as U+FFFD)', file, line });
  }
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (cause) {
    const detail = cause instanceof SyntaxError ? cause.message : String(cause);
    return { warnings: [...warnings, badRecord(`not valid JSON (${detail}); record skipped`, file, line)] };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { warnings: [...warnings, badRecord(`record is ${describe(record)}, not an object; skipped`, file, line)] };
  }
  const r = record as Record<string, unknown>;

  let format: ArticleFormat = 'txt';
  let text: unknown = textFields.map((k) => r[k]).find((v) => v !== undefined);
  if (text === undefined && typeof r['html'] === 'string') { text = r['html']; format = 'html'; }
  if (typeof r['format'] === 'string' && formats.has(r['format'])) format = r['format'] as ArticleFormat;
  if (typeof text !== 'string' || text.trim() === '') {
    const why = text === undefined ? 'has no "text" field' : typeof text === 'string' ? 'has an empty "text"' : `has a "text" that is ${describe(text)}, not a string`;
    return { warnings: [...warnings, badRecord(`record ${why}; skipped`, file, line)] };
  }

  const id = typeof r['id'] === 'string' && r['id'].trim() !== '' ? r['id'].trim()
    : typeof r['id'] === 'number' ? String(r['id']) : `${at.stem}:${line}`;
  const meta: ArticleMeta = { id, format, line };
  if (at.path !== undefined) meta.file = at.path;
  if (typeof r['url'] === 'string' && r['url'] !== '') meta.url = r['url'];
  if (typeof r['title'] === 'string') meta.title = r['title'];

  const given = publishedFields.map((k) => r[k]).find((v) => v !== undefined && v !== null && v !== '');
  if (given !== undefined) {
    const date: IsoDate | null = typeof given === 'string' ? parseDateString(given) : null;
    if (date) meta.published = date;
    else warnings.push(badRecord(`"published" ${JSON.stringify(given).slice(0, 60)} is not a date; looking for one in the text`, file, line));
  }

  const result = parseArticle(text, meta, options);
  return { ...(result.article ? { article: result.article } : {}), warnings: [...warnings, ...result.warnings] };
}

/** Reads JSONL from an async source of lines (readline over a file or stdin). */
export async function* readJsonlLines(
  lines: AsyncIterable<string> | Iterable<string>,
  at: { file: string; stem: string; path?: string },
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  let n = 0;
  let records = 0;
  for await (const raw of lines) {
    n++;
    const result = readRecord(raw, { ...at, line: n }, options);
    if (result) { records++; yield result; }
  }
  if (records === 0) yield { warnings: [{ code: 'empty_file', message: 'JSONL input holds no records; nothing read', file: at.file }] };
}
