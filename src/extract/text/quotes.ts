// Quotation marks as the tokenizer leaves them: typographic ones say which side they stand on, a straight
// one opens or closes by position.
import { firstWhere } from '../sorted.js';
import type { Span } from '../types.js';

export const OPENING_QUOTES: ReadonlySet<string> = new Set(['\u201c', '\u00ab']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['\u201d', '\u00bb']);
export const STRAIGHT_QUOTE = '"';

/** Whether a token may open a quotation: a typographic opening mark or a straight one. */
export const mayOpenQuotation = (token: string): boolean => OPENING_QUOTES.has(token) || token === STRAIGHT_QUOTE;

/** Whether a token may close a quotation: a typographic closing mark or a straight one. */
export const mayCloseQuotation = (token: string): boolean => CLOSING_QUOTES.has(token) || token === STRAIGHT_QUOTE;

/** Whether a token is a quotation mark of any kind. */
export const isQuote = (token: string): boolean => OPENING_QUOTES.has(token) || CLOSING_QUOTES.has(token) || token === STRAIGHT_QUOTE;

/**
 * The stretches of `span` that quotation marks enclose, in text order: a typographic mark says which side it stands
 * on, a straight one opens or closes by turns. A quotation left open runs to the end of `span`.
 */
export function quotations(text: string, span: Span): Span[] {
  const found: Span[] = [];
  let depth = 0;
  let opened = -1;
  let straight = false;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    const opens = OPENING_QUOTES.has(ch) || (ch === STRAIGHT_QUOTE && !straight);
    const closes = CLOSING_QUOTES.has(ch) || (ch === STRAIGHT_QUOTE && straight);
    if (ch === STRAIGHT_QUOTE) straight = !straight;
    if (opens && depth++ === 0) opened = i;
    else if (closes && depth > 0 && --depth === 0) found.push({ start: opened, end: i + 1 });
  }
  if (depth > 0) found.push({ start: opened, end: span.end });
  return found;
}

/** Whether `offset` stands inside one of `quotes` (sorted, as `quotations` gives them). */
export function inQuotation(quotes: readonly Span[], offset: number): boolean {
  const q = quotes[firstWhere(quotes.length, (i) => quotes[i]!.end > offset)];
  return q !== undefined && q.start < offset;
}
