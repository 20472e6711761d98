// Calendar arithmetic on IsoDate strings ("YYYY-MM-DD"), without Date objects or clocks: day numbers for
// distances, and the spell (first and last day) a date of a given precision stands for.
import type { DatePrecision, IsoDate } from '../document/types.gen.js';

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC calendar) of an IsoDate. */
export function dayNumber(date: IsoDate): number {
  const m = ISO_RE.exec(date);
  if (!m) throw new TypeError(`dayNumber: not an IsoDate: "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day precision or the publication date standing in: both name one day. */
export function isDayLike(precision: DatePrecision): boolean {
  return precision === 'day' || precision === 'inferred';
}

export interface Spell {
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
}

/**
 * The days a dated edge may have happened on: its day for `day`/`inferred`, the whole month or year for
 * `month`/`year` (whose date is the first day); undefined when there is no date.
 */
export function spellOf(date: IsoDate | null, precision: DatePrecision): Spell | undefined {
  if (date === null || precision === 'none') return undefined;
  if (precision === 'month') {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    return { start: `${date.slice(0, 7)}-01`, end: fromDayNumber(Date.UTC(y, m, 1) / DAY_MS - 1) };
  }
  if (precision === 'year') return { start: `${date.slice(0, 4)}-01-01`, end: `${date.slice(0, 4)}-12-31` };
  return { start: date, end: date };
}

/** The date as the edge id writes it: as much of it as the precision states ("2024-03-19", "2024-03", "2024", "undated"). */
export function dateToken(date: IsoDate | null, precision: DatePrecision): string {
  if (date === null || precision === 'none') return 'undated';
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'year') return date.slice(0, 4);
  return date;
}
