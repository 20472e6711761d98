// Finds where an article's body starts: the lines above the first paragraph of prose are its header (date lines,
// outlet and section names, metadata, the headline), and a wire dateline ("MOSCOW, Jan 17 (Agency) - ") opening the
// first paragraph is cut off too. Which header line is the headline or the publication date is decided later.
import type { DateMatch } from './dates.js';
import { findDates, isDayHeading } from './dates.js';
import { calendar } from './calendar.js';
import { boilerplateKind, dateLabel, type DateLabel } from './lexicon.js';
import { isBlank, words, type Line } from './lines.js';
import { clockWords, englishFunctionWords } from './vocabulary.js';

export type HeaderLineKind = 'date' | 'boilerplate' | 'text';

export interface LabelledDate extends DateMatch {
  /** What the words before the date call it; null when nothing does. */
  readonly label: DateLabel | null;
}

export interface HeaderLine {
  /** Index into the article's lines. */
  readonly index: number;
  readonly line: Line;
  readonly kind: HeaderLineKind;
  /** The dates of a date line, each with its label. Empty for other kinds. */
  readonly dates: readonly LabelledDate[];
}

export interface WireDateline {
  /** Index into the article's lines of the paragraph the dateline opens. */
  readonly index: number;
  /** The dateline as written, without the dash that ends it. */
  readonly text: string;
  /** The date it states, if any ("Jan 17", "Dec 18, 2023"). */
  readonly date: DateMatch | null;
  /** The place names it gives ("SOCHI", "Russia"). */
  readonly places: readonly string[];
}

export interface Header {
  /** The non-blank lines above the body, in order. */
  readonly lines: readonly HeaderLine[];
  /** Index into the article's lines of the body's first line; the number of lines when there is no body. */
  readonly bodyLine: number;
  /** UTF-16 offset where the body starts: its first line, after any wire dateline. */
  readonly bodyStart: number;
  readonly wire: WireDateline | null;
}

/** More non-blank lines than this above the first paragraph means the page has no recognisable header. */
const maxHeaderLines = 25;

const sentenceEnd = /[.!?…]["'”’»)\]]*$/u;

/** The text ends like a sentence: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text.trimEnd());
}

/** A paragraph of running text rather than a headline, label or date line. */
export function isProse(text: string): boolean {
  const n = words(text).length;
  return n >= 20 || (n >= 8 && endsSentence(text));
}

/** Separators between the fields of a byline or date line ("By Ana Silva | 19 March 2024", "Outlet / 19 March 2024"). */
const fieldSeparator = /[|•·]|\s\/\s/gu;
/** Words allowed before the date on a date line: a byline and a label at most. */
const maxLeadWords = 10;

/** Times and the clock and zone words around them ("2:15 p.m. ET", "07:05 IST"): they carry no words of their own. */
const clockPattern = /\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\b(?:[ap]\.m\.|[AP]M)(?![\p{L}])/gu;

function withoutClock(s: string): string {
  return s.replace(clockPattern, ' ').split(/\s+/u).filter((w) => !clockWords.has(w.toLowerCase().replace(/[,()]/g, '')) && !calendar.zones.has(w.replace(/[,()]/g, ''))).join(' ');
}

/** The lead is a short place or byline ending in a comma or colon, or a short byline's last comma field is a place. */
function isLeadField(field: string): boolean {
  const n = words(field).length;
  if (n === 0 || dateLabel(field) !== null) return true;
  if (n <= 3 && /[,:\-–—]$/u.test(field.trimEnd())) return true;
  // "Briefing by the Foreign Ministry's spokeswoman, Moscow, December 6, 2023": a place closes the byline.
  const parts = field.trimEnd().replace(/,$/u, '').split(',');
  return field.trimEnd().endsWith(',') && parts.length >= 2 && isPlaceName(parts[parts.length - 1]!.trim());
}

/**
 * A date opening a line with its year, then a separator: what follows is a tagline ("— the stories you need"), unless
 * it ends as a sentence does: then the line is a dated item of a timeline ("* May 2, 2024 - X sends Y a message.").
 */
const taglineAfter = /^\s*(?:[-–—|·•/]|\s-\s)/u;
/** Words a timeline's item holds at least after its date: a subject, a verb and what it acts on. */
const minItemWords = 3;

/**
 * The dates of `text` when the line is a date line: a date at its start, or after a label ("Updated:"), a short
 * place or byline and a separator ("Moscow, ", "By Ana Silva | "); and little after it but times, zones and places,
 * or a tagline after a separator when the date opens the line. Otherwise null.
 */
export function dateLineDates(text: string): LabelledDate[] | null {
  const dates = findDates(text);
  const first = dates[0];
  if (!first) return null;
  const lead = withoutClock(text.slice(0, first.index));
  const leadWords = words(lead).length;
  if (leadWords > 0) {
    if (leadWords > maxLeadWords) return null;
    if (!isLeadField(lead.slice(lastIndexOf(lead, fieldSeparator) + 1))) return null;
  }
  const last = dates[dates.length - 1]!;
  const tail = text.slice(last.end);
  const after = withoutClock(tail);
  if (taglineAfter.test(after) && endsSentence(after) && words(after).length >= minItemWords) return null;
  const tagline = leadWords === 0 && dates.length === 1 && first.year !== null && taglineAfter.test(after);
  if (!tagline && words(after).length > 6) return null;
  return dates.map((d, i) => {
    const from = i > 0 ? dates[i - 1]!.end : 0;
    const segment = text.slice(from, d.index);
    return { ...d, label: dateLabel(segment.slice(lastIndexOf(segment, fieldSeparator) + 1)) };
  });
}

function lastIndexOf(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

function classify(line: Line, index: number): HeaderLine {
  const dates = dateLineDates(line.text);
  if (dates) return { index, line, kind: 'date', dates };
  if (boilerplateKind(line.text)) return { index, line, kind: 'boilerplate', dates: [] };
  return { index, line, kind: 'text', dates: [] };
}

// A wire dateline ends at the first spaced dash of the paragraph; what comes before is checked piece by piece.
// An em dash may be written without spaces ("CAIRO—"); a colon ends a dateline only after a date or an agency,
// and a full stop only right after the day ("BAKU, Azerbaijan, Dec. 28. "). After an agency in brackets or slashes
// a dateline may end with no dash at all ("Havana, Jan 21 (Agency) The President", "(ABN).- The", "/Kabar/. The"),
// which is taken only with a date. Space runs are bounded so a failed match costs at most 160 × 10 steps.
const wireEnd = /^(.{2,160}?)(?:\s{1,10}(?:-{1,3}|–|—)\s{1,10}|\s{0,10}—\s{0,10}|(?<=[\d)]):\s{1,10}|(?<=\d)\.\s{1,10}|(?<=[)/])([.,:;-]{0,2}\s{1,10})(?=\p{Lu}))(?=\S)/u;
const agencyTail = /\s*(?:\([^()]{1,60}\)|\/[^/\s][^/]{0,40}\/)\s*$/u;
/** An agency named after the date without brackets: "Dec 14, CMC", "January 05, 2021, KPA". */
const bareAgency = /^\s*,\s*\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]{1,20}){0,2}\s*$/u;

const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);
/** An all-capitals place of three letters or more: "CAIRO", "ST PETERSBURG"; not "U.S." or "EU", which open sentences. */
const isAllCaps = (s: string): boolean => !hasLower(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
/** Up to four capitalised words, and not a lone function word ("On November 30 - December 1, the minister"). */
function isPlaceName(s: string): boolean {
  const ws = words(s);
  if (ws.length === 1 && englishFunctionWords.has(ws[0]!.toLowerCase())) return false;
  return ws.length >= 1 && ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w));
}
/** A date of another calendar between the place and the date ("Jumada Al-Awwal 21, 1442 AH", "Rabi' al-Awwal 26"). */
const isOtherCalendarDate = (s: string): boolean => /\d/.test(s) && words(s).length <= 4;

export interface Wire {
  /** The dateline as written, without the dash or space that ends it. */
  readonly text: string;
  readonly date: DateMatch | null;
  readonly agency: boolean;
  /** The place names it gives, first the city ("SOCHI", "Russia"). */
  readonly places: readonly string[];
  /** Offset in the paragraph where prose starts. */
  readonly end: number;
}

/** The wire dateline opening a paragraph ("SOCHI, Russia, Sept 4 (Agency) - "), or null. */
export function wireDateline(text: string): Wire | null {
  const m = wireEnd.exec(text);
  if (!m) return null;
  const prefix = m[1]!;
  const bracketed = agencyTail.exec(prefix);
  let core = bracketed ? prefix.slice(0, bracketed.index) : prefix;
  const dates = findDates(core);
  const date = dates.length > 0 ? dates[dates.length - 1]! : null;
  if (dates.length > 1) return null;
  // The end with no dash needs a date and an agency before it.
  if (m[2] !== undefined && !(date && bracketed)) return null;
  let agency = bracketed !== null;
  if (date) {
    const after = core.slice(date.end);
    if (bareAgency.test(after)) agency = true;
    else if (after.replace(/[\s,.]+/g, '') !== '') return null;
    core = core.slice(0, date.index);
  }
  const place = core.replace(/[\s,]+$/u, '');
  const parts = place === '' ? [] : place.split(',').map((p) => p.trim());
  if (!parts.every((p, i) => isPlaceName(p) || (i > 0 && date !== null && isOtherCalendarDate(p)))) return null;
  const first = parts[0];
  // Without a date or an agency, only an all-capitals place ("CAIRO - ") marks a dateline rather than a sentence.
  if (!date && !agency && !(first !== undefined && isAllCaps(first))) return null;
  // A date alone before a dash is a date line with its time ("05.09.2023 - 11:47"), not a dateline.
  if (parts.length === 0 && !agency) return null;
  return { text: prefix, date, agency, places: parts.filter(isPlaceName), end: m[0].length };
}

/** A short line can still open the body when it starts with a dateline that carries a date or an agency. */
function opensWithDatedWire(text: string): boolean {
  const wire = wireDateline(text.trimStart());
  return wire !== null && (wire.date !== null || wire.agency);
}

/** Splits the lines above the body from the body. */
export function scanHeader(lines: readonly Line[]): Header {
  const header: HeaderLine[] = [];
  let bodyLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // A consent banner or share bar above the headline is furniture, however long.
    const furniture = boilerplateKind(line.text) !== null;
    if (!furniture && (isProse(line.text) || opensWithDatedWire(line.text))) { bodyLine = i; break; }
    if (header.length >= maxHeaderLines) break;
    header.push(classify(line, i));
  }
  // A digest's first day heading ("MONDAY") right above its first paragraph opens the body: the news below it is that day's.
  if (bodyLine !== -1) while (header.length > 1 && isDayHeading(header[header.length - 1]!.line.text)) bodyLine = header.pop()!.index;
  if (bodyLine === -1) {
    // No paragraph of prose near the top: only the leading date and metadata lines are header, the rest is body.
    let keep = 0;
    while (keep < header.length && header[keep]!.kind !== 'text') keep++;
    const last = header[keep - 1];
    bodyLine = keep < header.length ? header[keep]!.index : nextNonBlank(lines, last ? last.index + 1 : 0);
    header.length = keep;
  }
  const first = lines[bodyLine];
  if (!first) return { lines: header, bodyLine: lines.length, bodyStart: lines.length ? lines[lines.length - 1]!.end : 0, wire: null };
  const lead = first.text.length - first.text.trimStart().length;
  const wire = wireDateline(first.text.slice(lead));
  return {
    lines: header,
    bodyLine,
    bodyStart: first.start + lead + (wire ? wire.end : 0),
    wire: wire ? { index: bodyLine, text: wire.text, date: wire.date, places: wire.places } : null,
  };
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  return i;
}
