// Splits an article body into sentences over its tokens. A line break ends a sentence unless the line
// was hard-wrapped (no closing punctuation and the next line starts in lower case); inside a line a
// sentence ends at . ! ? before a capitalised word, except after an abbreviation ("Dr.", "U.S.") or an initial (a
// capital letter alone, not one a preposition governs: "posted on X. Stubb ..." ends there).
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

export interface Sentence {
  /** Position of the sentence in the article, from 0. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** The tokens' folded forms, for trie lookups. */
  readonly keys: readonly string[];
  /** Written in capitals (a live blog's alert, a wire flash): a capital marks no name there. */
  readonly shouted: boolean;
}

export interface SentenceOptions {
  /** Folded words that end with a dot without ending a sentence ("dr", "jan", "st"). */
  readonly abbreviations: ReadonlySet<string>;
  /** Folded prepositions: a capital letter and a dot after one end a sentence ("on X."), but after "by" (an initial). */
  readonly prepositions?: ReadonlySet<string>;
  /** Folded words that end with a dot without ending a sentence only before a number ("No. 10"). */
  readonly numberingAbbreviations?: ReadonlySet<string>;
  /** Folded verbs of speech: after a quotation that ends in "!" or "?", its speaker and one of them go on with it. */
  readonly speechVerbs?: ReadonlySet<string>;
}

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

function newlineBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
}

/** The one preposition a person's initials follow ("written by J. Smith"). */
const AUTHOR_PREPOSITION = 'by';

function isAbbreviation(tokens: readonly Token[], dot: number, options: SentenceOptions): boolean {
  const before = tokens[dot - 1];
  if (!before || before.end !== tokens[dot]!.start) return false;
  // Initials and dotted acronyms: "S. Jaishankar", "U.S. officials"; not a letter that names a thing after a
  // preposition ("congratulated him on X. Stubb takes office ...").
  if (before.kind === 'word' && before.text.length === 1 && before.capitalised) {
    const preposition = tokens[dot - 2];
    return !(preposition?.kind === 'word' && !preposition.capitalised && preposition.norm !== AUTHOR_PREPOSITION && options.prepositions?.has(preposition.norm));
  }
  return options.abbreviations.has(before.norm);
}

/**
 * The tokens' folded forms, pushed one by one: `map` gives an array of another layout once it is optimised, and every
 * stage that reads keys would then meet two kinds of array and fall back to unoptimised code.
 */
function keysOf(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  for (const t of tokens) keys.push(t.norm);
  return keys;
}

/** How many words of two letters or more a sentence in capitals holds at least, and what share of them are. */
const SHOUTED_WORDS = 4;
const SHOUTED_SHARE = 0.8;

/** Whether most of the words are written in capitals ("SCHOLZ SITS DOWN WITH PREMIER LI"). */
function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) capitals++;
  }
  return words >= SHOUTED_WORDS && capitals >= words * SHOUTED_SHARE;
}

/** How many capitalised words a quotation's speaker may take before the verb of speech ("Ghanaian President John Mahama"). */
const SPEAKER_WORDS = 6;

/** '"We will win!" Zelensky said': from token `j` on, a speaker's capitalised words and a verb of speech. */
function attributed(tokens: readonly Token[], j: number, speechVerbs: ReadonlySet<string> | undefined): boolean {
  if (!speechVerbs) return false;
  let k = j;
  while (k < tokens.length && k - j < SPEAKER_WORDS && tokens[k]!.kind === 'word' && tokens[k]!.capitalised) k++;
  return k > j && tokens[k] !== undefined && speechVerbs.has(tokens[k]!.norm);
}

export function splitSentences(text: string, start: number, end: number, options: SentenceOptions): Sentence[] {
  const tokens = tokenize(text, start, end);
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last < first) return;
    const slice = tokens.slice(first, last + 1);
    sentences.push({ index: sentences.length, start: slice[0]!.start, end: slice[slice.length - 1]!.end, tokens: slice, keys: keysOf(slice), shouted: shouted(slice) });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (newlineBetween(text, t, next)) {
      const wrapped = !TERMINAL.has(t.text) && t.kind === 'word' && next.kind === 'word' && !next.capitalised
        && !text.slice(t.end, next.start).includes('\n\n');
      if (!wrapped) close(i);
      continue;
    }
    if (!TERMINAL.has(t.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
    const following = tokens[j];
    if (!following) continue;
    const startsSentence = following.capitalised || following.kind === 'number' || following.text === '"' || following.text === '\u201c';
    if (!startsSentence || !following.spaceBefore) continue;
    if (t.text === '.' && isAbbreviation(tokens, i, options)) continue;
    if (t.text === '.' && following.kind === 'number' && options.numberingAbbreviations?.has(tokens[i - 1]?.norm ?? '')) continue;
    if (t.text !== '.' && j > i + 1 && attributed(tokens, j, options.speechVerbs)) continue;
    close(j - 1);
    i = j - 1;
  }
  close(tokens.length - 1);
  return sentences;
}

/** How many tokens a list's mark read as a sentence of its own may have ("iii", "."). */
const LIST_MARK_TOKENS = 2;

/** A list's mark ("i.", "2.") the splitter read as a sentence of its own. */
export const isListMark = (s: Sentence): boolean => s.tokens.length <= LIST_MARK_TOKENS;

/** The sentence at `index` is an item of a list: after its mark, or after a line that ends in a colon or semicolon. */
export function isListItem(sentences: readonly Sentence[], index: number): boolean {
  const before = sentences[index - 1];
  if (!before) return false;
  const last = before.keys[before.keys.length - 1];
  return isListMark(before) || last === ':' || last === ';';
}
