// Builds data/lexicon/calendar.json: month and weekday names of the languages page furniture is written in, and
// the order (day first or month first) that places, time zones and spellings point to for numeric dates. Names
// and each state's date order come from CLDR through the Intl API; zones and spellings from
// data/sources/calendar.json. What English writes is in src/extract/read/vocabulary.ts, not here.
import { join } from 'node:path';
import type { CalendarFile, DateOrder, StatesFile } from '../../document/types.gen.js';
import { months as englishMonths, weekdays as englishWeekdays } from '../../extract/read/vocabulary.js';
import { byKey } from './json-file.js';
import { loadSource } from './sources.js';

export interface CalendarSources {
  readonly languages: readonly string[];
  readonly zones: Record<DateOrder, readonly string[]>;
  readonly spelling: Record<DateOrder, readonly string[]>;
  readonly zoneSource: string;
  readonly spellingSource: string;
}

const ORDERS: readonly DateOrder[] = ['day-first', 'month-first'];

export function loadCalendarSources(sourcesDir: string): CalendarSources {
  const { data, reader } = loadSource(sourcesDir, 'calendar.json');
  const root = reader.object(data, '');
  const byOrder = (key: string): { lists: Record<DateOrder, string[]>; source: string } => {
    const o = reader.object(root[key], `/${key}`);
    const lists = { 'day-first': reader.strings(o, 'day-first', `/${key}`), 'month-first': reader.strings(o, 'month-first', `/${key}`) };
    return { lists, source: reader.string(o, 'source', `/${key}`) };
  };
  const zones = byOrder('zones');
  const spelling = byOrder('spelling');
  return {
    languages: reader.strings(root, 'languages', ''),
    zones: zones.lists, spelling: spelling.lists, zoneSource: zones.source, spellingSource: spelling.source,
  };
}

/** Lower case, without a trailing full stop ("sept." → "sept"). */
const key = (s: string): string => s.toLocaleLowerCase('en').replace(/\.$/u, '');
const isWord = (s: string): boolean => /^\p{L}+$/u.test(s);

/**
 * Adds each name to `out`, and remembers names that two sources give different values, which are dropped at the
 * end: a name that means two months (Croatian "listopad" is October, Polish November) fixes neither.
 */
class NameTable {
  readonly values = new Map<string, number>();
  readonly clashes = new Set<string>();
  constructor(private readonly english: ReadonlyMap<string, number>) {}

  add(name: string, value: number): void {
    const k = key(name);
    if (!isWord(k)) return;
    const known = this.english.get(k) ?? this.values.get(k);
    if (known !== undefined && known !== value) this.clashes.add(k);
    else if (!this.english.has(k)) this.values.set(k, value);
  }

  sorted(): Record<string, number> {
    const entries = [...this.values].filter(([k]) => !this.clashes.has(k)).sort(byKey(([k]) => k));
    return Object.fromEntries(entries);
  }
}

/** Month names as written alone ("marzo") and after a day ("19 marca", "19. märz"), full forms only. */
function monthNames(languages: readonly string[]): Record<string, number> {
  const table = new NameTable(englishMonths);
  for (const lang of languages) {
    const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const day = new Date(Date.UTC(2024, m - 1, 15));
      table.add(alone.format(day), m);
      const part = inDate.formatToParts(day).find((p) => p.type === 'month');
      if (part) table.add(part.value, m);
    }
  }
  return table.sorted();
}

/** Full weekday names (Sunday = 0, as Date.getUTCDay() counts). */
function weekdayNames(languages: readonly string[]): Record<string, number> {
  const table = new NameTable(englishWeekdays);
  for (const lang of languages) {
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 2024-03-17 was a Sunday.
    for (let d = 0; d < 7; d++) table.add(format.format(new Date(Date.UTC(2024, 2, 17 + d))), d);
  }
  return table.sorted();
}

/**
 * The order a state writes numeric dates in, from CLDR's short date pattern: English as used there when CLDR has
 * it ("en-IN"), else the state's likely language ("ar-SA"). Year-first patterns say nothing about day and month.
 */
export function stateDateOrder(iso2: string): DateOrder | null {
  const likely = new Intl.Locale(`und-${iso2}`).maximize().language;
  for (const tag of [`en-${iso2}`, `${likely}-${iso2}`]) {
    const format = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' });
    if (format.resolvedOptions().locale !== tag) continue;
    const parts = format.formatToParts(new Date(Date.UTC(2024, 2, 19))).filter((p) => p.type !== 'literal').map((p) => p.type);
    if (parts[0] === 'day' && parts[1] === 'month') return 'day-first';
    if (parts[0] === 'month' && parts[1] === 'day') return 'month-first';
    return null;
  }
  return null;
}

/** Each state's names and capitals (lower case) → its date order; a name two orders claim is dropped. */
function placeOrders(states: StatesFile['entries']): Record<string, DateOrder> {
  const table = new Map<string, DateOrder>();
  const clashes = new Set<string>();
  for (const s of states) {
    const order = s.iso2 === undefined ? null : stateDateOrder(s.iso2);
    if (!order) continue;
    for (const name of [s.label, ...s.names, ...s.capitals]) {
      const k = name.toLocaleLowerCase('en');
      const known = table.get(k);
      if (known !== undefined && known !== order) clashes.add(k);
      table.set(k, order);
    }
  }
  return Object.fromEntries([...table].filter(([k]) => !clashes.has(k)).sort(byKey(([k]) => k)));
}

export function buildCalendar(sources: CalendarSources, states: StatesFile['entries']): CalendarFile {
  const byOrder = (lists: Record<DateOrder, readonly string[]>): Record<string, DateOrder> =>
    Object.fromEntries(ORDERS.flatMap((order) => lists[order].map((w) => [w, order] as const)).sort(byKey(([w]) => w)));
  return {
    description: 'Generated by `npm run data` (src/knowledge/import/calendar.ts); do not edit. Month and weekday names of other languages, by number (month 1-12, weekday 0-6 from Sunday), for dates in page furniture; and the places (state names and capitals, lower case), time-zone abbreviations and spellings that point to the order a page writes numeric dates in.',
    source: `Names and each state's short date pattern: Unicode CLDR through the Intl API of Node.js, Unicode licence; languages ${sources.languages.join(', ')}. Places: data/gazetteer/states.json. Zones: ${sources.zoneSource}. Spelling: ${sources.spellingSource}.`,
    months: monthNames(sources.languages),
    weekdays: weekdayNames(sources.languages),
    places: placeOrders(states),
    zones: byOrder(sources.zones),
    spelling: byOrder(sources.spelling),
  };
}

export const calendarFile = (lexiconDir: string): string => join(lexiconDir, 'calendar.json');
