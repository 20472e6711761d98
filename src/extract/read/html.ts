// HTML → plain text in one left-to-right pass: page furniture (script, style, nav, footer, aside, form ...) is
// dropped, block elements become line breaks, character references are decoded and spaces collapsed. On the way it
// collects what the page says about itself: og:title, <h1>, <title>, article:published_time and <time datetime>.
import type { IsoDate } from './types.js';
import { parseDateString } from './dates.js';
import { decodeEntities } from './entities.js';
import { words } from './lines.js';

export interface HtmlDocument {
  /** Plain text: one paragraph per line, paragraphs separated by a blank line. */
  readonly text: string;
  /** og:title, else the first <h1>, else <title> without a trailing site name. */
  readonly title: string | null;
  /** The publication date the page declares in its metadata, if any. */
  readonly published: IsoDate | null;
  /** The last-modified date the page declares; used only when nothing else dates the article. */
  readonly modified: IsoDate | null;
}

/** Elements whose whole content is left out of the text. */
const dropped: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'button', 'select', 'textarea', 'dialog', 'menu', 'head',
]);
/** Elements whose content is raw text, not markup: their end tag is searched for directly. */
const rawText: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const voidElements: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
]);
/** Block elements that separate paragraphs, and those that only break a line. */
const paragraphBlocks: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl',
  'table', 'pre', 'figure', 'hr', 'address', 'body',
]);
const lineBlocks: ReadonlySet<string> = new Set([
  'br', 'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'legend', 'summary', 'details', 'fieldset', 'thead',
  'tbody', 'tfoot',
]);

/** Metadata names that give the publication date, strongest first; compared in lower case. */
const publishedKeys = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'published_time', 'article.published',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date',
];
const modifiedKeys = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];

const attributePattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const tagNamePattern = /^[A-Za-z][A-Za-z0-9:-]*/;
const jsonLdPublished = /"datePublished"\s*:\s*"([^"]{4,40})"/;
const jsonLdModified = /"dateModified"\s*:\s*"([^"]{4,40})"/;

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(attributePattern)) {
    const name = m[1]!.toLowerCase();
    if (!map.has(name)) map.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return map;
}

/** Index just past the `>` closing a tag that starts at `from`, skipping `>` inside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'") { if (/[=\s]/.test(html[i - 1] ?? '')) quote = c; }
    else if (c === '>') return i + 1;
  }
  return html.length;
}

const endTagPatterns = new Map<string, RegExp>();
/** Index of the end tag `</name>` at or after `from`, or the end of the document. */
function findEndTag(html: string, name: string, from: number): { start: number; end: number } {
  let re = endTagPatterns.get(name);
  if (!re) { re = new RegExp(`</${name}\\s*>`, 'gi'); endTagPatterns.set(name, re); }
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: html.length, end: html.length };
}

/** Trailing site names come off a <title>: "Talks resume in Doha | The Outlet" → "Talks resume in Doha". */
export function stripSiteName(title: string): string {
  let t = title;
  for (let k = 0; k < 2; k++) {
    const m = /^(.*\S)\s+(?:\||-|–|—|::|·)\s+([^|]+)$/u.exec(t);
    if (!m || words(m[2]!).length > 4 || words(m[1]!).length < 3) break;
    t = m[1]!;
  }
  return t;
}

function cleanLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Collapses the emitted text: spaces within lines, at most one blank line between paragraphs, none at the ends. */
function tidy(raw: string): string {
  const out: string[] = [];
  let blank = 0;
  for (const line of raw.split('\n')) {
    const t = cleanLine(line);
    if (t === '') { blank++; continue; }
    if (out.length > 0 && blank > 0) out.push('');
    blank = 0;
    out.push(t);
  }
  return out.join('\n');
}

export function htmlToText(html: string): HtmlDocument {
  const out: string[] = [];
  const skip: string[] = [];
  const meta = new Map<string, string>();
  let pageTitle: string | null = null;
  let h1: string | null = null;
  let h1Depth = 0;
  let h1Parts: string[] = [];
  let timePublished: string | null = null;
  let timeFirst: string | null = null;
  const jsonLd: string[] = [];
  // The story is the longest outermost <article>, else <main>, else the whole page: teasers and sidebars stay out.
  const regions: Record<'article' | 'main', { depth: number; start: number; ranges: [number, number][] }> = {
    article: { depth: 0, start: 0, ranges: [] },
    main: { depth: 0, start: 0, ranges: [] },
  };

  const emit = (s: string): void => {
    if (skip.length > 0) return;
    out.push(s);
    if (h1Depth > 0) h1Parts.push(s);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) emit(decodeEntities(html.slice(i, textEnd)).replace(/\s+/g, ' '));
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const next = html[i + 1];
    if (next === '!' || next === '?') { i = tagEnd(html, i + 2); continue; }
    const closing = next === '/';
    const nameMatch = tagNamePattern.exec(html.slice(i + (closing ? 2 : 1), i + (closing ? 2 : 1) + 40));
    if (!nameMatch) { emit('<'); i++; continue; }
    const name = nameMatch[0].toLowerCase();
    const afterName = i + (closing ? 2 : 1) + nameMatch[0].length;
    const end = tagEnd(html, afterName);
    const selfClosing = html[end - 2] === '/';

    if (closing) {
      const at = skip.lastIndexOf(name);
      if (at >= 0) skip.length = at;
      if (name === 'h1' && h1Depth > 0 && --h1Depth === 0 && h1 === null) h1 = cleanLine(h1Parts.join(' ')) || null;
      if ((name === 'article' || name === 'main') && skip.length === 0) {
        const r = regions[name];
        if (r.depth > 0 && --r.depth === 0) r.ranges.push([r.start, out.length]);
      }
      if (paragraphBlocks.has(name)) emit('\n\n');
      else if (lineBlocks.has(name)) emit('\n');
      else if (name === 'td' || name === 'th') emit(' ');
      i = end;
      continue;
    }

    const attrs = attributes(html.slice(afterName, selfClosing ? end - 2 : end - 1));
    if (name === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
      const content = attrs.get('content');
      if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
    }
    if (name === 'time' && skip.length === 0) {
      const dt = attrs.get('datetime');
      if (dt !== undefined) {
        timeFirst ??= dt;
        if ((attrs.get('itemprop') ?? '').toLowerCase() === 'datepublished' || attrs.has('pubdate')) timePublished ??= dt;
      }
    }
    if (rawText.has(name) && !selfClosing) {
      const close = findEndTag(html, name, end);
      const content = html.slice(end, close.start);
      if (name === 'title') pageTitle ??= cleanLine(decodeEntities(content)) || null;
      if (name === 'script' && (attrs.get('type') ?? '').toLowerCase() === 'application/ld+json') jsonLd.push(content);
      if (name === 'textarea' || name === 'xmp') emit(decodeEntities(content));
      i = close.end;
      continue;
    }
    // A page that never closes <head> still has a body.
    if (name === 'body') { const at = skip.indexOf('head'); if (at >= 0) skip.length = at; }
    if (dropped.has(name) && !selfClosing && !voidElements.has(name)) skip.push(name);
    if (skip.length === 0) {
      if (name === 'h1' && h1Depth++ === 0) h1Parts = [];
      if ((name === 'article' || name === 'main') && !selfClosing) {
        const r = regions[name];
        if (r.depth++ === 0) r.start = out.length;
      }
      if (paragraphBlocks.has(name)) emit('\n\n');
      else if (lineBlocks.has(name)) emit('\n');
      else if (name === 'td' || name === 'th') emit(' ');
    }
    i = end;
  }

  for (const r of Object.values(regions)) if (r.depth > 0) r.ranges.push([r.start, out.length]);
  let text = '';
  for (const r of [regions.article, regions.main]) {
    for (const [from, to] of r.ranges) {
      const t = tidy(out.slice(from, to).join(''));
      if (t.length > text.length) text = t;
    }
    if (text !== '') break;
  }
  if (text === '') text = tidy(out.join(''));

  const fromMeta = (keys: readonly string[]): IsoDate | null => {
    for (const k of keys) {
      const v = meta.get(k);
      const d = v === undefined ? null : parseDateString(v);
      if (d) return d;
    }
    return null;
  };
  const fromJsonLd = (re: RegExp): IsoDate | null => {
    for (const block of jsonLd) {
      const m = re.exec(block);
      const d = m ? parseDateString(m[1]!) : null;
      if (d) return d;
    }
    return null;
  };
  const published = fromMeta(publishedKeys) ?? fromJsonLd(jsonLdPublished)
    ?? (timePublished !== null ? parseDateString(timePublished) : null)
    ?? (timeFirst !== null ? parseDateString(timeFirst) : null);
  const modified = fromMeta(modifiedKeys) ?? fromJsonLd(jsonLdModified);
  const og = meta.get('og:title') ?? meta.get('twitter:title');
  const title = (og !== undefined && cleanLine(og) !== '' ? cleanLine(og) : null)
    ?? h1 ?? (pageTitle !== null ? stripSiteName(pageTitle) : null);
  return { text, title, published, modified };
}
