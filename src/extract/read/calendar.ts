// The reader's calendar knowledge from data/lexicon/calendar.json, loaded once at module load: month and weekday
// names of other languages, and the places, time zones and spellings that say which order a page writes numeric
// dates in. English names stay in vocabulary.ts.
import type { DateOrder } from '../../document/types.gen.js';
import { readData } from '../../knowledge/load.js';

export type { DateOrder };

export interface Calendar {
  /** Lower-case month names → month number (1–12). */
  readonly months: ReadonlyMap<string, number>;
  /** Lower-case weekday names → day of the week (Sunday = 0). */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Lower-case state names and capitals → the order their state writes numeric dates in. */
  readonly places: ReadonlyMap<string, DateOrder>;
  /** Time-zone abbreviations as written ("EDT", "BST") → the order where they are used. */
  readonly zones: ReadonlyMap<string, DateOrder>;
  /** Lower-case spellings only one convention uses ("centre", "center") → its order. */
  readonly spelling: ReadonlyMap<string, DateOrder>;
}

function load(): Calendar {
  const doc = readData('calendar', 'lexicon/calendar.json');
  // The schema makes every value present; the generated type only knows an index signature.
  const map = <T>(o: Record<string, T | undefined>): Map<string, T> => new Map(Object.entries(o) as [string, T][]);
  return {
    months: map(doc.months), weekdays: map(doc.weekdays), places: map(doc.places), zones: map(doc.zones), spelling: map(doc.spelling),
  };
}

export const calendar: Calendar = load();
