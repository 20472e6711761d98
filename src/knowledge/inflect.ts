// Regular English inflections of a verb (third person -s, past -ed, gerund -ing) and of a noun (plural),
// for the lemmas of the CAMEO dictionary that list no irregular forms. Spelling rules: -es after sibilants
// and -o, -ies/-ied after a consonant and y, e dropped before -ing and -ed, and the final consonant doubled
// after a single stressed vowel ("stop" → "stopped", "prefer" → "preferred", "visit" → "visited").
// British and American spellings of a doubled final l are both kept ("cancelled", "canceled").

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Vowel groups, a fair count of syllables for deciding where the stress falls. */
function syllables(word: string): number {
  const groups = word.replace(/e$/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

// Endings of two-syllable verbs stressed on the last syllable, which double their final consonant
// ("confer", "commit", "compel", "occur", "regret", "control", "equip", "forbid"); "offer", "differ",
// "suffer" and "proffer" are stressed on the first.
const STRESSED_ENDINGS = /(?:[^f]fer|(?:ad|com|sub|per|o|e|trans|re)mit|pel|cur|gret|trol|quip|bid)$/;

/** Whether the last consonant doubles before -ed and -ing. */
function doubles(word: string): 'yes' | 'no' | 'both' {
  const [a, b, c] = [word.at(-3), word.at(-2), word.at(-1)];
  if (c === undefined || b === undefined || isVowel(c) || 'wxy'.includes(c) || !isVowel(b)) return 'no';
  // "ea", "oo": two vowels make a long sound, which never doubles ("treat", "cool"); "qu" is a consonant ("equip").
  if (isVowel(a) && !(a === 'u' && word.at(-4) === 'q')) return c === 'l' && /[iu][ae]l$/.test(word) ? 'both' : 'no'; // "dialled", "fuelled"
  if (syllables(word) === 1 || STRESSED_ENDINGS.test(word)) return 'yes';
  // British English doubles a final l after an unstressed vowel too ("cancelled", "signalled").
  return c === 'l' ? 'both' : 'no';
}

function stems(word: string): string[] {
  const d = doubles(word);
  const doubled = word + word.at(-1)!;
  return d === 'yes' ? [doubled] : d === 'both' ? [doubled, word] : [word];
}

const consonantY = (word: string): boolean => word.endsWith('y') && !isVowel(word.at(-2));

export function thirdPerson(word: string): string {
  if (consonantY(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function pastForms(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (consonantY(word)) return [`${word.slice(0, -1)}ied`];
  if (word.endsWith('c')) return [`${word}ked`]; // "panic", "mimic"
  return stems(word).map((s) => `${s}ed`);
}

/** Whether a verb form is in the past, given its lemma: a regular "-ed" or an irregular form ("said", "met"), not a gerund or "-s". */
export function pastTense(word: string, lemma: string): boolean {
  return word.endsWith('ed') || word !== lemma && !word.endsWith('ing') && word !== thirdPerson(lemma);
}

export function gerunds(word: string): string[] {
  if (word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (/(?:ee|ye|oe)$/.test(word)) return [`${word}ing`];
  if (word.endsWith('e') && word.length > 2) return [`${word.slice(0, -1)}ing`];
  if (word.endsWith('c')) return [`${word}king`];
  return stems(word).map((s) => `${s}ing`);
}

/** Every regular form of a verb, the lemma first. */
export function verbForms(word: string): string[] {
  return [...new Set([word, thirdPerson(word), ...pastForms(word), ...gerunds(word)])];
}

/**
 * The regular plural of a noun: -ies after a consonant and y, -es after sibilants; none for a word ending in a
 * single s, which the dictionary writes in the plural already ("talks", "consultations").
 */
export function plural(noun: string): string | undefined {
  if (/[^s]s$/.test(noun)) return undefined;
  if (consonantY(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:ss|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
