// Dates stay ISO strings (YYYY-MM-DD) end to end; string order is date order, so no Date objects are needed
// except to step a day or validate a calendar day.

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_RE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * Wikidata's `YYYY-MM-DDT00:00:00Z` → YYYY-MM-DD; null for an empty cell or a "well-known/genid" blank node
 * (Wikidata's "unknown value").
 */
export function wikidataDate(cell: string): IsoDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(cell.trim());
  return m && isIsoDate(m[1]!) ? m[1]! : null;
}

/**
 * Wikidata stores a year-only date as 1 January, so YYYY-01-01 may mean "some day that year". Used to prefer
 * a more precise duplicate; a real 1 January (a new-year accession) loses only to a precise duplicate.
 */
export function maybeYearOnly(date: IsoDate): boolean {
  return date.endsWith('-01-01');
}

/**
 * A Phoenix/TABARI date: `yymmdd` (two-digit year; 00-29 are 20xx, the dictionaries end in 2015) or
 * `yyyymmdd`. Null when the digits are not a calendar day (the dictionaries hold a few typos).
 */
export function phoenixDate(digits: string): IsoDate | null {
  let iso: string;
  if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    iso = `${yy < 30 ? 2000 + yy : 1900 + yy}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  } else if (/^\d{8}$/.test(digits)) {
    iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  } else return null;
  return isIsoDate(iso) ? iso : null;
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Whether [from, to] intersects [lo, hi]; null ends are open. */
export function overlaps(from: IsoDate | null, to: IsoDate | null, lo: IsoDate | null, hi: IsoDate | null): boolean {
  return (to === null || lo === null || to >= lo) && (from === null || hi === null || from <= hi);
}
