// Name handling shared by the importers: tidy spelling, fold for comparison, turn Phoenix's
// "VLADIMIR_V._PUTIN" into "Vladimir V. Putin", and tell a personal name from a title phrase.
import { asciiFold } from '../slug.js';

/** NFC, typographic hyphens and apostrophes made plain, spaces collapsed. */
export function tidyName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Comparison form: ASCII lower case, punctuation other than spaces dropped. */
export function foldName(text: string): string {
  return asciiFold(tidyName(text)).replace(/[.'`]/g, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Keeps the first of names that differ only in case or punctuation spacing. Spellings with and without
 * diacritics both stay ("Erdoğan", "Erdogan"): a matcher that does not fold them still finds either.
 */
export function uniqueNames(names: readonly string[], exclude: readonly string[] = []): string[] {
  const key = (n: string): string => tidyName(n).toLowerCase();
  const seen = new Set(exclude.map(key));
  const out: string[] = [];
  for (const raw of names) {
    const name = tidyName(raw);
    const k = key(name);
    if (name === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(name);
  }
  return out;
}

/** Like uniqueNames, but keeps distinct spellings that differ only in diacritics ("Erdoğan", "Erdogan"). */
export function uniqueSpellings(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = tidyName(raw);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** Arabic, Romance, Dutch and German particles: written lower case inside a name, and too common to match on. */
export const PARTICLES = new Set([
  'al', 'el', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'az', 'bin', 'ibn', 'bint', 'ben', 'ould', 'abu',
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e',
  'of', 'the',
]);

// Particles written lower case mid-name; "Van" stays capitalised because it is a given name in Vietnamese.
const LOWER_IN_DISPLAY = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'do', 'dos', 'das', 'del', 'di', 'du', 'von', 'der', 'y']);

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** True for "ii", "xiv": regnal numbers, which say nothing about who is who across dynasties. */
export function isRoman(word: string): boolean {
  return word !== '' && ROMAN.test(word.toLowerCase());
}

/** Words that make a Phoenix variant a title phrase ("PRESIDENT_PUTIN") instead of a personal name. */
const TITLE_WORDS = new Set([
  'president', 'presidents', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir',
  'sultan', 'prince', 'princess', 'crown', 'secretary', 'general', 'gen', 'colonel', 'col', 'lt', 'ltcol',
  'major', 'maj', 'mr', 'mrs', 'ms', 'dr', 'ayatollah', 'former', 'ex', 'leader', 'vice', 'deputy',
  'governor', 'mayor', 'speaker', 'senator', 'sen', 'admiral', 'adm', 'marshal', 'field', 'his', 'her',
  'majesty', 'highness', 'excellency', 'captain', 'capt', 'brigadier', 'commander', 'foreign', 'defense',
  'defence', 'ambassador', 'envoy', 'chief', 'chairman', 'chair', 'head', 'pope', 'elect', 'interim',
  'acting', 'spokesman', 'spokeswoman', 'official', 'gov', 'rep', 'representative', 'emperor', 'empress',
  'monarch', 'regent', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'imam', 'mullah', 'sir', 'lord',
  'lady', 'dame', 'hon', 'honourable', 'honorable', 'gen.', 'state', 'party', 'junta', 'army', 'military',
  'government', 'regime', 'opposition', 'rebel', 'supreme', 'late', 'cabinet', 'office', 'ministry', 'council',
  // Phoenix also lists collective and foreign-language forms: "BUSH_ADMINISTRATION", "BUNDESKANZLER_MERKEL".
  'the', 'administration', 'camp', 'supporters', 'loyalists', 'forces', 'family', 'clan', 'wife', 'son', 'daughter',
  'brother', 'kanzler', 'bundeskanzler', 'presidente', 'ministre', 'ministro', 'premier-ministre',
]);

export function isTitleWord(folded: string): boolean {
  return TITLE_WORDS.has(folded);
}

/** Whether a name (any case, "_" or spaces) contains a title word or a nationality adjective. */
export function isTitlePhrase(name: string, demonyms: ReadonlySet<string>): boolean {
  return foldName(name).split(' ').some((w) => TITLE_WORDS.has(w) || demonyms.has(w));
}

/** Removes title words from the front of a Phoenix name ("KING_ABDULLAH_II" → "ABDULLAH_II"). */
export function stripLeadingTitles(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(foldName(words[i]!))) i++;
  return words.slice(i);
}

/**
 * "VLADIMIR_V._PUTIN" → "Vladimir V. Putin", "BASHAR_AL-ASSAD" → "Bashar al-Assad". Particles after the first
 * word go lower case, regnal numbers stay upper case, and letters after a hyphen or apostrophe are capitalised
 * ("Ter-Petrosyan", "O'Neill"); "al-" keeps its own lower case.
 */
export function displayPhoenixName(name: string): string {
  const words = name.split(/[_\s]+/).filter((w) => w !== '');
  return words
    .map((w, i) => {
      if (isRoman(w) && i > 0) return w.toUpperCase();
      const lower = w.toLowerCase();
      if (i > 0 && LOWER_IN_DISPLAY.has(lower)) return lower;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
        .replace(/^(Al|El)-/, (m) => (i > 0 ? m.toLowerCase() : m));
    })
    .join(' ');
}

/** Levenshtein distance, for transliteration variants ("Yeltsin"/"Ieltsin", "Mohammad"/"Mohammed"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Two name words are the same when equal, or close for their length (one edit from 5 letters, two from 8). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  return editDistance(a, b) <= (n >= 8 ? 2 : 1);
}
