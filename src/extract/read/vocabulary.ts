// English calendar words and the commonest English function words: facts of the language the reader's date
// grammar and language check are built from (as chrono keeps its dictionaries apart from its parsers).
// Outlet names, labels and boilerplate phrases are not here: they live in data/lexicon/boilerplate.json.

/** Month names and abbreviations → month number (1–12). Keys are lower case, without a trailing period. */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names and abbreviations → day of the week as Date.getUTCDay() numbers it (Sunday = 0). */
export const weekdays: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0],
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tues', 2], ['tue', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thur', 4], ['thu', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
]);

/** Full weekday names only: an article's lede says "on Friday", never "on Fri". */
export const fullWeekdays: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Time-zone and clock words that may follow a time on a date line ("07:05 IST", "10:02 AM"). */
export const clockWords: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'ist', 'est', 'edt', 'cet', 'cest', 'msk', 'bst', 'pst', 'pdt', 'time',
  'local',
]);

/**
 * The commonest English function words. In running English prose roughly a third to a half of all words are
 * among them; in French, Russian or Turkish prose only a few per cent are.
 */
export const englishFunctionWords: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'it', 'its',
  'his', 'her', 'he', 'she', 'they', 'their', 'them', 'this', 'these', 'those', 'be', 'been', 'were', 'are', 'has',
  'have', 'had', 'not', 'but', 'or', 'which', 'who', 'whom', 'would', 'will', 'said', 'after', 'than', 'also', 'an',
  'into', 'about', 'over', 'there', 'we', 'our', 'all', 'between', 'before', 'while', 'could', 'should',
]);

/** Words that stay lower case inside a Title Case name ("Organisation of Islamic Cooperation", "Al Thani"). */
export const nameParticles: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van',
  'von', 'der', 'al', 'el', 'bin', 'bint', 'ibn', 'y', 'e',
]);
