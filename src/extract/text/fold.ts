// Folding for comparison: case, diacritics and typographic variants, so "Erdoğan" meets "Erdogan" and
// "Türkiye" meets "Turkiye". Used for gazetteer keys and text tokens alike.

// Letters that NFD does not decompose into a base letter plus marks.
const SPECIAL: Record<string, string> = {
  'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-',
};
const SPECIAL_RE = /[ıøłđðþßæœ\u2019\u2018\u02bc`\u2010-\u2013]/g;
const MARKS_RE = /\p{M}+/gu;
const ASCII_RE = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
