// Finds where trailing page furniture begins (share bars, tag lists, sign-offs, comment forms, related links), so
// the body ends before it. The words come from data/lexicon/boilerplate.json; this file only decides the extent.
import { dateLineDates, endsSentence, isProse } from './header.js';
import { boilerplateKind } from './lexicon.js';
import { isBlank, words, type Line } from './lines.js';

/** How far up from the end the trailer may reach, in non-blank lines. */
const maxTrailerLines = 25;
/** A line inside the trailer that matches no lexicon entry may be a credit, but no longer than this. */
const maxCreditWords = 14;

/** A line with no letters or digits: a section break ("*   *   *", "———"). */
export function isSeparator(text: string): boolean {
  return text.trim() !== '' && !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Index of the first line of the trailing boilerplate, or `lines.length` when there is none. The trailer is the
 * longest run of lines at the end that are all lexicon lines, date lines, separators or short non-prose lines (a
 * credit such as "Press service of ..."), holding at least one lexicon or labelled date line and starting with a
 * lexicon line, date line or separator.
 * Lines at or before `bodyLine` are never trailer.
 */
export function findTrailer(lines: readonly Line[], bodyLine: number): number {
  let start = lines.length;
  let seen = 0;
  let lexiconLines = 0;
  for (let i = lines.length - 1; i > bodyLine; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (++seen > maxTrailerLines) break;
    if (boilerplateKind(line.text)) { start = i; lexiconLines++; continue; }
    if (isSeparator(line.text)) { start = i; continue; }
    const dates = dateLineDates(line.text);
    if (dates) {
      // A date line at the foot ("Published: 7 July 2024") is page metadata; with a label it is as sure as a lexicon line.
      start = i;
      if (dates.some((d) => d.label !== null)) lexiconLines++;
      continue;
    }
    if (isProse(line.text) || words(line.text).length > maxCreditWords || endsSentence(line.text)) break;
  }
  return lexiconLines > 0 ? start : lines.length;
}

/** UTF-16 offset where the body ends: after its last non-blank character before the trailer. */
export function bodyEnd(lines: readonly Line[], bodyStart: number, trailerLine: number): number {
  for (let i = trailerLine - 1; i >= 0; i--) {
    const line = lines[i]!;
    const end = line.start + line.text.trimEnd().length;
    if (end <= bodyStart) return bodyStart;
    if (!isBlank(line)) return end;
  }
  return bodyStart;
}
