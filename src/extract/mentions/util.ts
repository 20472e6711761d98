// Small helpers shared by the mention stages.
import { createHash } from 'node:crypto';
import { slugify } from '../../knowledge/slug.js';
import { firstWhere } from '../sorted.js';
import type { Sentence } from '../text/sentences.js';
import { tagsOf } from '../text/pos.js';
import { tokenAt, tokenEndingAt, tokenFrom, type Token } from '../text/tokens.js';
import type { ArticleContext, Mention, Role, Span } from '../types.js';
import { ArticleCache } from '../article-cache.js';

/**
 * Whether tokens `i`..`j` of a sentence run into another capitalised word ("Trump Tower", "Ahmed Moallim Fiqi"): part of
 * a longer name, unless the word before is a title or an honorific ("Prime Minister Henry").
 */
export function partOfLongerName(ctx: ArticleContext, sentence: Sentence, i: number, j: number): boolean {
  // Written in capitals, every word is capitalised: the gazetteer's names decide.
  if (sentence.shouted) return false;
  const { tokens } = sentence;
  const next = tokens[j + 1];
  const previous = tokens[i - 1];
  const { temporalWords, titles, honorifics } = ctx.knowledge.lexicon;
  const nameWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.capitalised && !temporalWords.has(t.norm);
  // A sentence's first word is capitalised whatever it is: there it counts when the tagger reads a proper noun and
  // it is no participle ("Mpho Dlamini received ..." is not the Dlamini the gazetteer knows; "Congratulating Putin" is).
  const opening = (): boolean => i - 1 > 0 || !previous!.norm.endsWith('ing') && tagsOf(ctx.article.text, sentence).pos[0] === 'PROPN';
  return (nameWord(next) && next!.spaceBefore)
    || (nameWord(previous) && tokens[i]!.spaceBefore && !titles.matchesAt([previous!.norm], 0).length && !honorifics.matchesAt([previous!.norm], 0).length && opening());
}

/** After a transcript speaker's name: a note in brackets ("(retranslated)") and the colon that opens the words. */
export const SPEAKER_MARK = /^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?:/;

/** What joins the parts of one name word: "Duck-soo", "Ndung'u", "Hu'akavameiliku". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['-', "'", '\u2019']);

export function spanOf(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

export function textOf(ctx: ArticleContext, span: Span): string {
  return ctx.article.text.slice(span.start, span.end);
}

/** The smallest span holding all of them. */
export function cover(spans: readonly Span[]): Span {
  // A loop, not Math.min(...list): spreading a long list (an endless sentence's parties) overflows the stack.
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Index of the first item (of a list sorted by start) starting at or after `offset`; the length if none does. */
export function firstStartingFrom(sorted: readonly { readonly span: Span }[], offset: number): number {
  return firstWhere(sorted.length, (i) => sorted[i]!.span.start >= offset);
}

/** The items (of a list sorted by start) that start within [from, to]. */
export function startingWithin<T extends { readonly span: Span }>(sorted: readonly T[], from: number, to: number): readonly T[] {
  return sorted.slice(firstStartingFrom(sorted, from), firstStartingFrom(sorted, to + 1));
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export function byPosition(a: Mention, b: Mention): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}

const indexes = new ArticleCache<readonly { sentence: number }[], Map<number, readonly unknown[]>>();

/**
 * The items of one sentence, from an index built once per list: stages look sentence by sentence, and a
 * filter over the whole article each time would make long articles quadratic.
 */
export function inSentence<T extends { sentence: number }>(list: readonly T[], sentence: number): readonly T[] {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const item of list) {
      const bucket = (index.get(item.sentence) ?? []) as T[];
      bucket.push(item);
      index.set(item.sentence, bucket);
    }
    indexes.set(list, index);
  }
  return (index.get(sentence) ?? []) as readonly T[];
}

/**
 * A sentence's mentions by the token right after each and by its first token, a later mention in text order taking
 * a place an earlier one had: what stands right before or after a word ("Israel's strikes", "attacks by Iran").
 */
export function byTokenEdges(tokens: readonly Token[], mentions: readonly Mention[]): { byEnd: Map<number, Mention>; byStart: Map<number, Mention> } {
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) { byEnd.set(tokenFrom(tokens, m.span.end), m); byStart.set(tokenFrom(tokens, m.span.start), m); }
  return { byEnd, byStart };
}

/** Mentions grouped by sentence index, in text order. */
export function bySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.sentence) ?? [];
    list.push(m);
    map.set(m.sentence, list);
  }
  for (const list of map.values()) list.sort(byPosition);
  return map;
}

/** A mention of a title of office, with no person bound to it yet. */
export function roleMention(ctx: ArticleContext, sentence: number, span: Span, role: Omit<Role, 'span'>, by: string): Mention {
  return { span, text: textOf(ctx, span), sentence, kind: 'role', via: 'role', by, candidates: [], role: { ...role, span } };
}

/**
 * The key part of an entity the gazetteer does not know: the same slug the gazetteer import gives its own
 * entries, so that a curated person and the same name read in a text meet. A name with no Latin letters
 * gets a short hash instead of an empty slug.
 */
export function slug(text: string): string {
  return slugify(text) || `h${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/** How many words the phrases `phraseEndingAt` looks for may have ("lashed out at", "newly - elected"). */
const PHRASE_WORDS = 3;

/**
 * The first token of the longest of `phrases` (folded words joined by spaces) ending at token `at`, or -1: "lashed
 * out at [Manila]", "the newly elected [president]", "the [military government] in".
 */
export function phraseStartEndingAt(phrases: ReadonlySet<string>, keys: readonly string[], at: number): number {
  for (let n = Math.min(PHRASE_WORDS, at + 1); n >= 1; n--) {
    if (phrases.has(keys.slice(at - n + 1, at + 1).join(' '))) return at - n + 1;
  }
  return -1;
}

/** Whether one of `phrases` ends at token `at` (see `phraseStartEndingAt`). */
export function phraseEndingAt(phrases: ReadonlySet<string>, keys: readonly string[], at: number): boolean {
  return phraseStartEndingAt(phrases, keys, at) >= 0;
}

/** The last of `states` and those a comma or "and" joins before it: "by A, the B and C, whose". */
export function lastList(keys: readonly string[], tokens: readonly Token[], states: readonly Mention[]): Mention[] {
  let n = states.length - 1;
  while (n > 0) {
    const gap = keys.slice(tokenEndingAt(tokens, states[n - 1]!.span.end) + 1, tokenAt(tokens, states[n]!.span.start));
    if (gap.length === 0 || gap.length > 3 || !gap.every((k) => k === ',' || k === 'and' || k === 'the')) break;
    n--;
  }
  return states.slice(Math.max(0, n));
}
