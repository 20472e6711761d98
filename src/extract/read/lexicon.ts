// The reader's vocabulary from data/lexicon/boilerplate.json, loaded once at module load: which lines are page
// furniture (share bars, forms, sign-offs, metadata) and which words label a date as published, updated or accessed;
// and from modality.json, the words that put a date in the future.
import type { BoilerplateLine } from '../../document/types.gen.js';
import { readData } from '../../knowledge/load.js';
import { words } from './lines.js';

export type BoilerplateKind = BoilerplateLine['kind'];
export type DateLabel = 'published' | 'updated' | 'accessed';

interface Entry { readonly folded: string; readonly whole: boolean; readonly kind: BoilerplateKind; readonly maxWords: number }

/** Case folded, spaces collapsed, no space before `: ; , | )` or after `(`: how lines and patterns are compared. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/ ([:;,|)])/g, '$1').replace(/\( /g, '(').trim();
}

interface Lexicon {
  /** `words` and `prefix` entries by their first character. */
  readonly entries: Map<string, Entry[]>;
  /** `contains` entries, tried on every line (there are few). */
  readonly contained: Entry[];
  readonly labels: Map<string, DateLabel>;
}

function load(): Lexicon {
  const doc = readData('boilerplate', 'lexicon/boilerplate.json');
  // Entries are grouped by their first character, so a line is only tried against entries that could match it.
  const entries = new Map<string, Entry[]>();
  const contained: Entry[] = [];
  for (const e of doc.lines) {
    const maxWords = e.maxWords ?? Infinity;
    if (e.contains !== undefined) { contained.push({ folded: fold(e.contains), whole: false, kind: e.kind, maxWords }); continue; }
    const entry: Entry = { folded: fold(e.words ?? e.prefix!), whole: e.words !== undefined, kind: e.kind, maxWords };
    const key = entry.folded[0]!;
    entries.set(key, [...(entries.get(key) ?? []), entry]);
  }
  const labels = new Map<string, DateLabel>();
  for (const label of ['published', 'updated', 'accessed'] as const) {
    for (const x of doc.dateLabels[label]) labels.set(fold(x), label);
  }
  return { entries, contained, labels };
}

const lexicon = load();

/** The words that put a statement in the future ("will", "is due to"), folded: a date they govern is not yet past. */
function loadFutureCues(): string[] {
  return readData('modality', 'lexicon/modality.json').cues.future.map(fold);
}

const futureCues = loadFutureCues();

/** True when `text` holds a word or phrase that puts a statement in the future, between word boundaries. */
export function speaksOfFuture(text: string): boolean {
  const folded = fold(text);
  return futureCues.some((cue) => containsWord(folded, cue));
}

/** A label opening the words before a date counts only in a short byline ("Posted by Ana Silva on"). */
const maxBylineWords = 8;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** `s` without the trailing characters that are in `chars` (a loop, where a regex would be quadratic on long runs). */
function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** True when `word` occurs in `folded` between word boundaries. */
function containsWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    if (!isWordChar(folded[at - 1]) && !isWordChar(folded[at + word.length])) return true;
  }
  return false;
}

/** The kind of page furniture a line is, or null when it may be article text. */
export function boilerplateKind(line: string): BoilerplateKind | null {
  const folded = fold(line);
  if (folded === '') return null;
  let count: number | undefined;
  for (const e of lexicon.entries.get(folded[0]!) ?? []) {
    if (e.whole ? folded !== e.folded : !folded.startsWith(e.folded)) continue;
    if (!e.whole && isWordChar(e.folded[e.folded.length - 1]) && isWordChar(folded[e.folded.length])) continue;
    count ??= words(line).length;
    if (count > e.maxWords) continue;
    return e.kind;
  }
  for (const e of lexicon.contained) {
    if (!containsWord(folded, e.folded)) continue;
    count ??= words(line).length;
    if (count <= e.maxWords) return e.kind;
  }
  return null;
}

/**
 * What the words just before a date say about it: "Published:", "Last update:", "Accessed". `before` is the text
 * between the previous separator (or the start of the line) and the date.
 */
export function dateLabel(before: string): DateLabel | null {
  // Drop the separators and linking words that sit between a label and its date ("Published on", "Updated at:").
  const folded = trimEndOf(fold(before), ' :|,-–—').replace(/ (?:on|at)$/u, '');
  if (folded === '') return null;
  const direct = lexicon.labels.get(folded);
  if (direct) return direct;
  // The label may follow other words ("Tehran Dispatch - Published") or open a short byline ("Posted by Ana
  // Silva on"): try the last, then the first, one to three words.
  const parts = folded.split(' ');
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const tail = lexicon.labels.get(parts.slice(-n).join(' '));
    if (tail) return tail;
  }
  if (parts.length <= maxBylineWords) {
    for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
      const head = lexicon.labels.get(parts.slice(0, n).join(' ').replace(/[:,]$/u, ''));
      if (head) return head;
    }
  }
  return null;
}
