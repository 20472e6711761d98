// Slugs for keys of entries without a Wikidata id: lower-case ASCII words joined by hyphens, so
// "Hossein Amir-Abdollahian" and "Hossein Amir Abdollahian" get the same key.

const SPECIAL: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe' };

/** Lower case, diacritics removed, letters the NFD form keeps whole (ı, ø, ł...) spelled out. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøłđðþßæœ]/g, (c) => SPECIAL[c] ?? c);
}

/** "Hossein Amir-Abdollahian" → "hossein-amir-abdollahian"; "OPEC+" → "opec-plus". */
export function slugify(text: string): string {
  return asciiFold(text.replace(/\+/g, ' plus '))
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
