// Quotation marks as the tokenizer leaves them: typographic ones say which side they stand on, a straight
// one opens or closes by position.
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['\u201c', '\u00ab']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['\u201d', '\u00bb']);
export const STRAIGHT_QUOTE = '"';

/** Whether a token may open a quotation: a typographic opening mark or a straight one. */
export const mayOpenQuotation = (token: string): boolean => OPENING_QUOTES.has(token) || token === STRAIGHT_QUOTE;

/** Whether a token may close a quotation: a typographic closing mark or a straight one. */
export const mayCloseQuotation = (token: string): boolean => CLOSING_QUOTES.has(token) || token === STRAIGHT_QUOTE;

/** Whether a token is a quotation mark of any kind. */
export const isQuote = (token: string): boolean => OPENING_QUOTES.has(token) || CLOSING_QUOTES.has(token) || token === STRAIGHT_QUOTE;
