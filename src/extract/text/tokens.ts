// Splits text into word, number and punctuation tokens with their UTF-16 offsets. Hyphens, apostrophes
// and dots are tokens of their own, so "Amir-Abdollahian", "Iran's" and "U.S." are matched the same way
// in the text and in the gazetteer.
import { firstWhere } from '../sorted.js';
import { fold } from './fold.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded form used for lookups. */
  readonly norm: string;
  readonly kind: 'word' | 'number' | 'punct';
  /** First character is an upper-case letter. */
  readonly capitalised: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_RE = /^\p{Lu}/u;
const DIGIT_RE = /^\p{N}/u;
const LETTER_RE = /\p{L}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let previousEnd = -1;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const start = from + m.index;
    // A token led by a digit is a number; else one holding a letter (not marks alone) is a word.
    const kind = DIGIT_RE.test(t) ? 'number' : LETTER_RE.test(t) ? 'word' : 'punct';
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      norm: fold(t),
      kind,
      capitalised: UPPER_RE.test(t),
      spaceBefore: previousEnd !== start,
    });
    previousEnd = start + t.length;
  }
  return tokens;
}

// Tokens by offset: tokens are sorted and do not overlap, so starts and ends both increase.

/** Index of the first token starting at or after `offset`, or -1 if none does. */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  const i = firstWhere(tokens.length, (j) => tokens[j]!.start >= offset);
  return i < tokens.length ? i : -1;
}

/** Index of the token starting at `offset`, or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokenFrom(tokens, offset);
  return i >= 0 && tokens[i]!.start === offset ? i : -1;
}

/** Index of the token ending at `offset`, or -1. */
export function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  const i = firstWhere(tokens.length, (j) => tokens[j]!.end >= offset);
  return i < tokens.length && tokens[i]!.end === offset ? i : -1;
}

/** Index of the first of `keys` from `from` to `from + reach` that is `key`, or -1: a bounded `indexOf`, so a run-on sentence stays linear. */
export function indexWithin(keys: readonly string[], key: string, from: number, reach: number): number {
  for (let i = from; i < keys.length && i <= from + reach; i++) if (keys[i] === key) return i;
  return -1;
}
