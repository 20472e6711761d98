// Decides whether a numeric date such as "05/01/2021" is day first (5 January) or month first (May 1), from the
// page's own evidence, strongest first:
//   1. the weekday written with the date ("Tuesday, 05/01/2021"): the reading that falls on it;
//   2. the page's other numeric dates whose numbers settle the order ("25/01/2021": day first);
//   3. a time-zone abbreviation on the page's date lines ("EDT": month first; "BST": day first);
//   4. the place of the dateline or a date line ("PARIS", "Manila, ...") and the order its state writes dates in;
//   5. the weekday the lede names ("met on Friday"), when exactly one reading falls on it;
//   6. spellings only one convention uses, by a clear margin ("centre", "defence" against "center", "defense");
//   7. otherwise day first: most of the world writes dates that way, and American outlets, the main exception,
//      spell their dates out in page furniture.
// Each decision says why, for `diplograph explain`.
import { calendar, type DateOrder } from './calendar.js';
import { findDates, swapped, weekdayOf, type DateMatch } from './dates.js';
import { words } from './lines.js';
import { fullWeekdays } from './vocabulary.js';

export interface PageEvidence {
  /** The whole article text, for its other numeric dates and spellings. */
  readonly text: string;
  /** The lines that carry dates, datelines and bylines: where zones and places are read. */
  readonly furniture: readonly string[];
  /** Place names of the dateline and date lines ("PARIS", "Ankara"), as written. */
  readonly places: readonly string[];
  /** The weekday the lede names (Sunday = 0), or null. */
  readonly ledeWeekday: number | null;
}

export interface OrderedDate {
  readonly date: DateMatch;
  /** Why day and month are read this way; absent when the date could not be read otherwise. */
  readonly reason?: string;
}

/** A spelling margin below this says nothing: one word may be a quotation or a proper name's. */
const minSpellingMargin = 2;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const spoken = (d: DateMatch): string => `${d.day} ${monthNames[d.month - 1]}`;
const falls = (d: DateMatch): number | null => (d.year === null || d.day === null ? null : weekdayOf(d.year, d.month, d.day));

/** The page-wide evidence, each piece found at most once per page. */
export class DateOrderJudge {
  private revealed?: { order: DateOrder; written: string } | null;
  private zoned?: { order: DateOrder; zone: string } | null;
  private placed?: { order: DateOrder; place: string } | null;
  private spelled?: { order: DateOrder; words: string } | null;

  constructor(private readonly page: PageEvidence) {}

  /** The date read in the order the evidence gives, with the reason; dates that cannot swap pass unchanged. */
  decide(d: DateMatch): OrderedDate {
    if (!d.swappable) return { date: d };
    const readings: Record<DateOrder, DateMatch> = { 'day-first': d, 'month-first': swapped(d) };
    const pick = (order: DateOrder, why: string): OrderedDate => ({ date: readings[order], reason: `${order} because ${why}` });
    const other = (order: DateOrder): DateOrder => (order === 'day-first' ? 'month-first' : 'day-first');

    if (d.weekday !== null) {
      for (const order of ['day-first', 'month-first'] as const) {
        if (falls(readings[order]) === d.weekday && falls(readings[other(order)]) !== d.weekday) {
          return pick(order, `${spoken(readings[order])} is the ${dayNames[d.weekday]} written with it`);
        }
      }
    }
    const revealed = this.revealedOrder();
    if (revealed) return pick(revealed.order, `"${revealed.written}" on the page can only be read that way`);
    const zoned = this.zoneOrder();
    if (zoned) return pick(zoned.order, `the page's time zone is ${zoned.zone}`);
    const placed = this.placeOrder();
    if (placed) return pick(placed.order, `the page is dated from ${placed.place}, where dates are written ${placed.order}`);
    const lede = this.page.ledeWeekday;
    if (lede !== null) {
      for (const order of ['day-first', 'month-first'] as const) {
        if (falls(readings[order]) === lede && falls(readings[other(order)]) !== lede) {
          return pick(order, `the lede's ${dayNames[lede]} is ${spoken(readings[order])}, not ${spoken(readings[other(order)])}`);
        }
      }
    }
    const spelled = this.spellingOrder();
    if (spelled) return pick(spelled.order, `the page spells ${spelled.words}`);
    return pick('day-first', 'nothing on the page says otherwise (the default)');
  }

  private revealedOrder(): { order: DateOrder; written: string } | null {
    if (this.revealed !== undefined) return this.revealed;
    const votes: Record<DateOrder, string[]> = { 'day-first': [], 'month-first': [] };
    for (const d of findDates(this.page.text)) if (d.reveals) votes[d.reveals].push(this.page.text.slice(d.index, d.end));
    const [a, b] = [votes['day-first'], votes['month-first']];
    this.revealed = a.length > b.length ? { order: 'day-first', written: a[0]! }
      : b.length > a.length ? { order: 'month-first', written: b[0]! } : null;
    return this.revealed;
  }

  private zoneOrder(): { order: DateOrder; zone: string } | null {
    if (this.zoned !== undefined) return this.zoned;
    this.zoned = null;
    for (const line of this.page.furniture) {
      for (const w of line.match(/\b[A-Za-z]{2,5}\b/g) ?? []) {
        const order = calendar.zones.get(w);
        if (order) return (this.zoned = { order, zone: w });
      }
    }
    return this.zoned;
  }

  private placeOrder(): { order: DateOrder; place: string } | null {
    if (this.placed !== undefined) return this.placed;
    this.placed = null;
    for (const place of this.page.places) {
      const order = calendar.places.get(place.trim().toLocaleLowerCase('en'));
      if (order) return (this.placed = { order, place: place.trim() });
    }
    return this.placed;
  }

  private spellingOrder(): { order: DateOrder; words: string } | null {
    if (this.spelled !== undefined) return this.spelled;
    const seen: Record<DateOrder, Set<string>> = { 'day-first': new Set(), 'month-first': new Set() };
    const counts: Record<DateOrder, number> = { 'day-first': 0, 'month-first': 0 };
    // Lower-case words only: "Department of Defense" or "Labour Party" are names, not the writer's spelling.
    for (const w of words(this.page.text)) {
      const order = calendar.spelling.get(w);
      if (order) { counts[order]++; seen[order].add(w); }
    }
    const margin = counts['day-first'] - counts['month-first'];
    const order: DateOrder | null = margin >= minSpellingMargin ? 'day-first' : -margin >= minSpellingMargin ? 'month-first' : null;
    this.spelled = order ? { order, words: [...seen[order]].slice(0, 3).map((w) => `"${w}"`).join(', ') } : null;
    return this.spelled;
  }
}

/** The first weekday named in `text` by its full English name, or null. */
export function firstWeekday(text: string): number | null {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const wd = fullWeekdays.get(m[0].toLowerCase());
    if (wd !== undefined) return wd;
  }
  return null;
}
