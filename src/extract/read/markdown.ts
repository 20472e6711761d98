// Markdown → plain text, minimally: front matter (its `title:` and `date:` kept aside), heading marks, emphasis,
// links, images, inline code and quote marks go; the words stay on their lines.
import type { IsoDate } from './types.js';
import { parseDateString } from './dates.js';

export interface MarkdownDocument {
  readonly text: string;
  /** Front matter `title:`, else the first level-one heading. */
  readonly title: string | null;
  /** Front matter `date:` / `published:`. */
  readonly published: IsoDate | null;
}

const frontMatterDateKeys = ['published', 'date', 'pubdate', 'publishdate', 'published_at', 'publishedat', 'created'];

function unquote(s: string): string {
  const t = s.trim();
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")) ? t.slice(1, -1) : t;
}

/** Splits YAML-style front matter off the top: `---`, `key: value` lines, `---` (or `...`). */
function frontMatter(lines: string[]): { fields: Map<string, string>; skip: number } {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { fields, skip: 0 };
  for (let i = 1; i < lines.length && i < 200; i++) {
    const line = lines[i]!;
    if (line.trim() === '---' || line.trim() === '...') return { fields, skip: i + 1 };
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m && !fields.has(m[1]!.toLowerCase())) fields.set(m[1]!.toLowerCase(), unquote(m[2]!));
  }
  return { fields: new Map(), skip: 0 };
}

/** A thematic break: three or more of the same mark among -, * and _, spaces allowed ("* * *"). */
function isBreak(t: string): boolean {
  const s = t.replace(/\s/g, '');
  return s.length >= 3 && /^(?:-+|\*+|_+)$/.test(s);
}

function heading(line: string): { level: number; text: string } | null {
  const t = line.replace(/^ {0,3}/, '');
  let level = 0;
  while (level < t.length && t[level] === '#') level++;
  if (level === 0 || level > 6 || (t.length > level && !/\s/.test(t[level]!))) return null;
  let body = t.slice(level).trim();
  // A closing run of # is decoration when a space separates it from the heading's words.
  const closing = /\s#+$/.exec(body);
  if (closing) body = body.slice(0, closing.index).trim();
  else if (/^#+$/.test(body)) body = '';
  return { level, text: body };
}

// Inline patterns: each is a run of one negated class between fixed delimiters, and no run can cross the opening
// delimiter of another match, so a failed match stops at the next candidate and matching stays linear. Link text
// holds no brackets and URLs no brackets, parentheses or spaces; links that do are left as written.
const image = /!\[([^[\]\n]*)\]\([^()[\]\s]*(?:\s+"[^"\n]{0,200}")?\)/g;
const link = /\[([^[\]\n]+)\]\([^()[\]\s]*(?:\s+"[^"\n]{0,200}")?\)/g;
const refLink = /\[([^[\]\n]+)\]\[[^[\]\n]*\]/g;
const autolink = /<((?:https?|mailto):[^<>\s]+)>/g;
const code = /`([^`\n]+)`/g;
const strong = /\*\*([^*\n]+)\*\*/g;
const strongUnderscore = /(^|[^\p{L}\p{N}_])__([^_\n]+)__(?![\p{L}\p{N}_])/gu;
const emphasis = /\*([^*\n]+)\*/g;
const emphasisUnderscore = /(^|[^\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])/gu;
const strike = /~~([^~\n]+)~~/g;
const escape = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

// Emphasis marks hug their words ("*very*"); "* * *" or "2 * 3 * 4" are not emphasis.
const hugs = (s: string): boolean => !/^\s/.test(s) && !/\s$/.test(s);

// Escaped marks are parked on private-use code points while the patterns run, so "\\*" never opens emphasis.
const park = (s: string): string => s.replace(escape, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const unpark = (s: string): string => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

export function inline(s: string): string {
  return unpark(park(s)
    .replace(image, '')
    .replace(link, '$1')
    .replace(refLink, '$1')
    .replace(autolink, '$1')
    .replace(code, '$1')
    .replace(strong, (w, t: string) => (hugs(t) ? t : w))
    .replace(strongUnderscore, (w, pre: string, t: string) => (hugs(t) ? pre + t : w))
    .replace(emphasis, (w, t: string) => (hugs(t) ? t : w))
    .replace(emphasisUnderscore, (w, pre: string, t: string) => (hugs(t) ? pre + t : w))
    .replace(strike, '$1'));
}

export function markdownToText(md: string): MarkdownDocument {
  const lines = md.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { fields, skip } = frontMatter(lines);
  const out: string[] = [];
  let h1: string | null = null;
  let fenced = false;
  for (let i = skip; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (/^(```|~~~)/.test(trimmed)) { fenced = !fenced; continue; }
    if (fenced) { out.push(raw); continue; }
    if (/^\[[^\]\n]+\]:\s*\S+/.test(trimmed)) continue;
    if (/^(=+|-+)$/.test(trimmed) && out.length > 0 && out[out.length - 1]!.trim() !== '') {
      // A setext underline makes the line above a heading; only the words stay.
      if (trimmed[0] === '=' && h1 === null) h1 = out[out.length - 1]!.trim();
      continue;
    }
    if (isBreak(trimmed)) { out.push(''); continue; }
    let line = raw.replace(/^(\s{0,3}>\s?)+/, '');
    const h = heading(line);
    if (h) {
      line = inline(h.text);
      if (h.level === 1 && h1 === null) h1 = line.trim();
    } else {
      line = inline(line.replace(/^(\s*)[-*+]\s+(?=\S)/, '$1'));
    }
    out.push(line.trimEnd());
  }
  const text = out.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').trimEnd();
  const title = fields.get('title');
  let published: IsoDate | null = null;
  for (const k of frontMatterDateKeys) {
    const v = fields.get(k);
    if (v !== undefined && (published = parseDateString(v)) !== null) break;
  }
  return { text, title: title !== undefined && title !== '' ? title : h1, published };
}
