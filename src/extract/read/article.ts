// One article's text → SourceArticle: converts HTML and Markdown to plain text, finds the header, the body's
// extent, the headline and the publication date, and skips articles that are not English. Pure: no I/O.
import { createHash } from 'node:crypto';
import { DiplographError, failureWarning } from '../../errors.js';
import type { ArticleFormat, ArticleMeta, IsoDate, PublishedBasis, ReadOptions, ReadResult, Warning } from './types.js';
import { bodyEnd, findTrailer } from './boilerplate.js';
import { findPublished } from './dateline.js';
import { isoDate } from './dates.js';
import { stdinLabel } from './defaults.js';
import { scanHeader } from './header.js';
import { chooseHeadline, clean } from './headline.js';
import { htmlToText } from './html.js';
import { judgeEnglish } from './language.js';
import { splitLines } from './lines.js';
import { markdownToText } from './markdown.js';
import { unwrapLines } from './unwrap.js';

/** Throws a usage error unless `value` is a real calendar day written YYYY-MM-DD. */
export function checkIsoDate(value: IsoDate, option: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isoDate(+m[1]!, +m[2]!, +m[3]!)) {
    throw new DiplographError('usage', `read: option ${option} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function warning(code: Warning['code'], message: string, meta: ArticleMeta): Warning {
  const w: Warning = { code, message, file: meta.file ?? stdinLabel };
  if (meta.line !== undefined) w.line = meta.line;
  return w;
}

interface Converted { text: string; title: string | null; published: IsoDate | null; fallback: IsoDate | null }

function convert(raw: string, format: ArticleMeta['format']): Converted {
  switch (format) {
    case 'html': {
      const doc = htmlToText(raw);
      return { text: doc.text, title: doc.title, published: doc.published, fallback: doc.modified };
    }
    case 'md': {
      const doc = markdownToText(raw);
      return { text: doc.text, title: doc.title, published: doc.published, fallback: null };
    }
    case 'txt':
      return { text: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, title: null, published: null, fallback: null };
  }
}

/**
 * Reads one article from its raw content (plain text unless `meta.format` says HTML or Markdown). `meta.title` and
 * `meta.published` (a JSONL record's fields) win over what the text says; `options.published` wins over everything.
 * The article is absent from the result when it has no text or is not English; a missing date is a warning, not a
 * reason to skip. An exception while reading it (a bug) becomes an `extraction_failed` warning, so one odd article
 * never stops a run; a bad option still throws.
 */
export function parseArticle(raw: string, meta: Omit<ArticleMeta, 'format'> & { format?: ArticleFormat }, options: ReadOptions = {}): ReadResult {
  const full: ArticleMeta = { ...meta, format: meta.format ?? 'txt' };
  try {
    return readArticle(raw, full, options);
  } catch (error) {
    return { warnings: [failureWarning(error, meta.file ?? meta.url ?? stdinLabel, `article "${meta.id}": reading`, meta.line)] };
  }
}

function readArticle(raw: string, meta: ArticleMeta, options: ReadOptions): ReadResult {
  const warnings: Warning[] = [];
  const doc = convert(raw, meta.format);
  const text = unwrapLines(doc.text);
  if (text.trim() === '') {
    const what = meta.format === 'txt' ? 'article has no text' : `no text left after converting the ${meta.format === 'html' ? 'HTML' : 'Markdown'}`;
    return { warnings: [warning('no_text', `${what}; skipped`, meta)] };
  }

  const lines = splitLines(text);
  const header = scanHeader(lines);
  const trailerLine = findTrailer(lines, header.bodyLine);
  const body = { start: header.bodyStart, end: bodyEnd(lines, header.bodyStart, trailerLine) };

  const language = judgeEnglish(text.slice(body.start, body.end));
  if (!language.english) {
    const percent = Math.round(language.share * 100);
    return { warnings: [warning('not_english', `article does not look English (${percent}% common English words in ${language.words}); skipped`, meta)] };
  }

  let published: IsoDate | null;
  let basis: PublishedBasis;
  let reason: string | undefined;
  if (options.published !== undefined) {
    published = checkIsoDate(options.published, 'published');
    basis = 'override';
  } else if (meta.published) {
    published = meta.published;
    basis = 'record';
  } else if (doc.published) {
    published = doc.published;
    basis = 'meta';
  } else {
    const found = findPublished({
      text, lines, header, trailerLine, body,
      ...(meta.file !== undefined ? { file: meta.file } : {}),
      ...(meta.url !== undefined ? { url: meta.url } : {}),
      ...(options.referenceDate !== undefined ? { referenceDate: checkIsoDate(options.referenceDate, 'referenceDate') } : {}),
    });
    published = found.date ?? doc.fallback;
    basis = found.date ? found.basis : doc.fallback ? 'meta' : 'none';
    reason = found.date ? found.reason : doc.fallback ? 'from the page\'s last-modified date' : undefined;
    if (published === null) warnings.push(warning('no_date', found.problem ?? 'no publication date found; dated edges will have no date', meta));
  }

  const given = meta.title?.trim() ? clean(meta.title) : null;
  const title = given ?? (doc.title ? clean(doc.title) : null) ?? chooseHeadline(header.lines);

  const article = {
    id: meta.id,
    ...(meta.file !== undefined ? { file: meta.file } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    title,
    published,
    publishedBasis: basis,
    ...(reason !== undefined ? { publishedReason: reason } : {}),
    text,
    body,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
  return { article, warnings };
}
