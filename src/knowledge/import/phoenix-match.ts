// Finds the Phoenix actor entries that describe a Wikidata office holder, to borrow their English
// spellings. Phoenix has no ids, so a match needs the same country, the same first name, and the surname
// (or, for one-word royal names, a Phoenix government code dated within the person's tenure).
import { overlaps, type IsoDate } from './dates.js';
import { foldName, isRoman, isTitleWord, PARTICLES, sameWord, stripLeadingTitles } from './names.js';
import type { PhoenixActor } from './phoenix.js';

/** Phoenix/CAMEO country codes that differ from ISO 3166 alpha-3. */
const CAMEO_TO_ISO3: Record<string, string> = { TMP: 'TLS', KSV: 'XKX', YUG: 'SRB', SCG: 'SRB', SRP: 'SRB' };

export function cameoToIso3(code: string): string {
  return CAMEO_TO_ISO3[code] ?? code;
}

export interface Tenure {
  readonly iso3: string;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

interface IndexedActor {
  readonly actor: PhoenixActor;
  /** Folded words of the primary name without leading titles. */
  readonly words: readonly string[];
}

/** Actors grouped by ISO3 country of any of their codes, built once. */
export class PhoenixIndex {
  private readonly byCountry = new Map<string, IndexedActor[]>();

  constructor(actors: readonly PhoenixActor[]) {
    for (const actor of actors) {
      const words = stripLeadingTitles(foldName(actor.name).split(' '));
      const countries = new Set(actor.codes.map((c) => cameoToIso3(c.country)));
      for (const iso3 of countries) {
        const list = this.byCountry.get(iso3);
        const entry = { actor, words };
        if (list) list.push(entry); else this.byCountry.set(iso3, [entry]);
      }
    }
  }

  /**
   * Actors that are this person. `label` is the Wikidata label; `countryWords` are words of the country's
   * name to ignore (Portuguese labels read "Fahd da Arábia Saudita").
   */
  match(label: string, tenures: readonly Tenure[], countryWords: ReadonlySet<string> = new Set()): PhoenixActor[] {
    const words = significantWords(label, countryWords);
    if (words.length === 0) return [];
    const scored = new Map<PhoenixActor, number>();
    for (const iso3 of new Set(tenures.map((t) => t.iso3))) {
      for (const entry of this.byCountry.get(iso3) ?? []) {
        if (!isSamePerson(label, words, entry, tenures.filter((t) => t.iso3 === iso3))) continue;
        scored.set(entry.actor, unmatched(words, entry.actor));
      }
    }
    // Of several entries, keep the closest: "George W. Bush" has his own entry besides his father's "George Bush".
    const best = Math.min(...scored.values());
    return [...scored].filter(([, s]) => s === best).map(([a]) => a);
  }
}

/** Fewest words left unmatched between the label and any one of the actor's names. */
function unmatched(words: readonly string[], actor: PhoenixActor): number {
  let best = Infinity;
  for (const name of [actor.name, ...actor.variants]) {
    const theirs = significantWords(name).filter((w) => !isTitleWord(w));
    const missing = words.filter((w) => !theirs.some((x) => sameWord(w, x))).length
      + theirs.filter((x) => !words.some((w) => sameWord(w, x))).length;
    best = Math.min(best, missing);
  }
  return best;
}

/** Folded words that can identify a person: no particles, no regnal numbers, no country-name words. */
export function significantWords(label: string, countryWords: ReadonlySet<string> = new Set()): string[] {
  return foldName(label).split(' ').filter((w) => w !== '' && !PARTICLES.has(w) && !isRoman(w) && !countryWords.has(w));
}

/** First names must also start alike, except for I/Y and J/Y transliterations ("Iulia"/"Yulia"). */
function sameFirstWord(a: string, b: string): boolean {
  if (!sameWord(a, b)) return false;
  const pair = `${a[0]}${b[0]}`;
  return a[0] === b[0] || ['iy', 'yi', 'jy', 'yj'].includes(pair);
}

/** Years before a tenure in which Phoenix may list the person as a minister or party figure. */
const LEAD_IN_YEARS = 15;

/**
 * The actor has a code for the person's country dated within a tenure (or up to LEAD_IN_YEARS before),
 * which keeps a son from taking his father's entry ("Luis Alberto Lacalle" and "Lacalle Pou").
 */
function datedWithin(actor: PhoenixActor, tenures: readonly Tenure[]): boolean {
  return actor.codes.some((c) => (c.from !== null || c.to !== null) && tenures.some((t) => {
    const lo = t.from === null ? null : `${Number(t.from.slice(0, 4)) - LEAD_IN_YEARS}${t.from.slice(4)}`;
    return cameoToIso3(c.country) === t.iso3 && overlaps(c.from, c.to, lo, t.to);
  }));
}

/** The folded word after the first "bin"/"ibn"/"bint", if any. */
export function fatherName(name: string): string | undefined {
  const words = foldName(name).split(' ');
  const i = words.findIndex((w) => w === 'bin' || w === 'ibn' || w === 'bint');
  return i >= 0 ? words[i + 1] : undefined;
}

function isSamePerson(label: string, words: readonly string[], entry: IndexedActor, tenures: readonly Tenure[]): boolean {
  const theirs = entry.words.filter((w) => !PARTICLES.has(w) && !isRoman(w));
  if (theirs.length === 0 || !sameFirstWord(words[0]!, theirs[0]!)) return false;
  if (!datedWithin(entry.actor, tenures)) return false;
  if (words.length === 1 || theirs.length === 1) {
    // A one-word name ("Fahd") only counts with a government code dated inside the tenure.
    if (words.length !== theirs.length) return false;
    return entry.actor.codes.some((c) => c.role.startsWith('GOV') && (c.from !== null || c.to !== null)
      && tenures.some((t) => overlaps(c.from, c.to, t.from, t.to)));
  }
  // In Arabic names the word after "bin" is the father's name: "Abdullah bin Nasser bin Khalifa" is not
  // "Abdullah bin Khalifa", although every word of the shorter name is in the longer one.
  const fatherMine = fatherName(label);
  const fatherTheirs = fatherName(entry.actor.name);
  if (fatherMine !== undefined && fatherTheirs !== undefined && !sameWord(fatherMine, fatherTheirs)) return false;
  const lastMine = words.at(-1)!;
  const lastTheirs = theirs.at(-1)!;
  const surname = theirs.some((w) => sameWord(w, lastMine)) || words.some((w) => sameWord(w, lastTheirs));
  if (!surname) return false;
  // Every word of the shorter name must be present, so "Kim Jong-un" never takes "Kim Jong-il"'s entry.
  const [short, long] = words.length <= theirs.length ? [words, theirs] : [theirs, words];
  return short.every((w) => long.some((x) => sameWord(w, x)));
}
