// Builds data/gazetteer/states.json from the world-countries package (names, official names, alternative
// spellings, demonyms, capitals) and three curated files: state-names.json (labels as news writes them,
// abbreviations, extra names, metonyms such as "Kremlin"), office-titles.json (what each office is called) and
// unrecognised-states.json (entities that claim statehood with little recognition: read, never made states).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { OfficeTitles, State } from '../../document/types.gen.js';
import { InputError } from '../../errors.js';
import { foldName, uniqueNames, uniqueSpellings } from './names.js';
import { loadSource } from './sources.js';

/** UN observer states; world-countries marks the Holy See as a member. */
const UN_OBSERVERS = new Set(['PSE', 'VAT']);
/** Included although not UN members or observers: partially recognised states in the news. */
const PARTIALLY_RECOGNISED = new Set(['TWN', 'XKX']);
/** world-countries gives Kosovo the user-assigned code UNK; the gazetteer uses XKX (EU, IMF usage). */
const CODE_FIX: Record<string, string> = { UNK: 'XKX' };

export const DEFAULT_TITLES: OfficeTitles = {
  head_of_state: ['president'],
  head_of_government: ['prime minister', 'premier'],
  deputy_head_of_government: ['deputy prime minister', 'vice premier'],
  foreign_minister: ['foreign minister', 'minister of foreign affairs'],
  defence_minister: ['defence minister', 'defense minister', 'minister of defence', 'minister of defense'],
};

const OFFICE_ORDER = [
  'head_of_state', 'head_of_government', 'deputy_head_of_government', 'crown_prince', 'foreign_minister',
  'defence_minister', 'minister', 'security_official', 'envoy', 'official', 'organisation_head',
] as const;

export const WORLD_COUNTRIES_SOURCE = 'world-countries 5.1.0 (github.com/mledoze/countries), ODbL-1.0';

export function readWorldCountries(): Country[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-countries/countries.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Country[];
  } catch (cause) {
    throw new InputError(file, 'cannot be read as JSON', { cause });
  }
}

export interface StateCuration {
  readonly label?: string;
  readonly official?: string;
  readonly names: readonly string[];
  readonly dropNames: readonly string[];
  readonly abbreviations: readonly string[];
  readonly demonyms: readonly string[];
  readonly dropDemonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly dropCapitals: readonly string[];
  readonly metonyms: readonly string[];
  readonly source: string;
}

export interface TitleCuration {
  readonly titles: OfficeTitles;
  readonly source: string;
}

export function loadStateNames(sourcesDir: string): Map<string, StateCuration> {
  const { data, reader } = loadSource(sourcesDir, 'state-names.json');
  const out = new Map<string, StateCuration>();
  for (const { row, at } of reader.entries(data)) {
    const iso3 = reader.string(row, 'iso3', at);
    if (!/^[A-Z]{3}$/.test(iso3)) reader.fail(`${at}/iso3`, 'must be an ISO 3166 alpha-3 code');
    if (out.has(iso3)) reader.fail(`${at}/iso3`, `${iso3} is listed twice`);
    const label = reader.optString(row, 'label', at);
    const official = reader.optString(row, 'official', at);
    out.set(iso3, {
      ...(label !== undefined ? { label } : {}), ...(official !== undefined ? { official } : {}),
      names: reader.strings(row, 'names', at), dropNames: reader.strings(row, 'dropNames', at),
      abbreviations: reader.strings(row, 'abbreviations', at),
      demonyms: reader.strings(row, 'demonyms', at), dropDemonyms: reader.strings(row, 'dropDemonyms', at),
      capitals: reader.strings(row, 'capitals', at), dropCapitals: reader.strings(row, 'dropCapitals', at),
      metonyms: reader.strings(row, 'metonyms', at), source: reader.string(row, 'source', at),
    });
  }
  return out;
}

export function loadOfficeTitles(sourcesDir: string): Map<string, TitleCuration> {
  const { data, reader } = loadSource(sourcesDir, 'office-titles.json');
  const out = new Map<string, TitleCuration>();
  for (const { row, at } of reader.entries(data)) {
    const iso3 = reader.string(row, 'iso3', at);
    if (out.has(iso3)) reader.fail(`${at}/iso3`, `${iso3} is listed twice`);
    const titlesRow = reader.object(row['titles'], `${at}/titles`);
    const titles: OfficeTitles = {};
    for (const [office, list] of Object.entries(titlesRow)) {
      if (!(OFFICE_ORDER as readonly string[]).includes(office)) reader.fail(`${at}/titles/${office}`, `unknown office "${office}"`);
      titles[office as keyof OfficeTitles] = reader.strings(titlesRow, office, `${at}/titles`);
    }
    out.set(iso3, { titles, source: reader.string(row, 'source', at) });
  }
  return out;
}

// Words that make an alternative spelling an English form ("Islamic Republic of Iran"); a native form
// ("Jomhuri-ye Eslāmi-ye Irān", "República Argentina") has none of them.
const ENGLISH_FORM = /\b(Republic|Kingdom|State|States|Federation|Federated|Union|Commonwealth|Principality|Sultanate|Emirates|Confederation|Duchy|Islands|Democratic|People's|Nation|Independent|Islamic|United|Co-operative|Plurinational|Bolivarian|Socialist|Hellenic|Oriental|Serene|Federal)\b/;
// Function words of other languages that show up in otherwise English-looking forms.
const FOREIGN_WORD = /\b(de|del|des|da|do|du|der|di|och|ja|ng|y|et|und|van|wa|ya|ta|ko|blong|bilong|er|la|le|al)\b/i;

/** The alternative spellings that are English forms: no inverted "Iran, Islamic Republic of", no codes. */
export function englishAltSpellings(spellings: readonly string[]): string[] {
  return spellings.filter((s) => !s.includes(',') && !/^[A-Z]{2,5}$/.test(s)
    && ENGLISH_FORM.test(s) && !FOREIGN_WORD.test(s) && /^[\p{Script=Latin}\s'().-]+$/u.test(s));
}

/** "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each. */
export function splitDemonyms(text: string): string[] {
  return text.split(/,\s*|\s+or\s+/).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Plural nouns for demonyms that take -s: "Iranians", "Saudis", "Thais". Adjectives that are also the
 * plural noun ("Chinese", "Swiss", "British") and forms already ending in s are left alone.
 */
export function demonymPlural(demonym: string): string | undefined {
  if (/(ese|ish|ch|sh|ss|s|x|z)$/i.test(demonym) || /^(I|Ni)-/.test(demonym)) return undefined;
  if (/man$/.test(demonym)) return `${demonym.slice(0, -3)}men`;
  if (/(an|i|ine|er|ite)$/.test(demonym)) return `${demonym}s`;
  return undefined;
}

/** Titles for a state: the defaults, with each office the curation names replaced wholesale. */
export function officeTitles(curation: TitleCuration | undefined): OfficeTitles {
  const merged: OfficeTitles = { ...DEFAULT_TITLES, ...(curation?.titles ?? {}) };
  const ordered: OfficeTitles = {};
  for (const office of OFFICE_ORDER) if (merged[office] !== undefined) ordered[office] = [...merged[office]!];
  return ordered;
}

function dropFolded(list: readonly string[], drop: readonly string[]): string[] {
  const gone = new Set(drop.map(foldName));
  return list.filter((s) => !gone.has(foldName(s)));
}

export interface StatesInput {
  readonly countries: readonly Country[];
  readonly names: ReadonlyMap<string, StateCuration>;
  readonly titles: ReadonlyMap<string, TitleCuration>;
  readonly unrecognised?: readonly State[];
}

/**
 * Entities that claim statehood with little recognition (data/sources/unrecognised-states.json). They are in
 * the gazetteer so that "Northern Cyprus" is not read as Cyprus and "Somaliland President X" is tied to
 * Somaliland, and status `unrecognised` keeps them and their office holders out of the graph.
 */
export function loadUnrecognised(sourcesDir: string): State[] {
  const { data, reader } = loadSource(sourcesDir, 'unrecognised-states.json');
  return reader.entries(data).map(({ row, at }): State => {
    const key = reader.string(row, 'key', at);
    if (!/^state\/[a-z][a-z-]*$/.test(key)) reader.fail(`${at}/key`, 'must be state/ and a lower-case slug');
    const label = reader.string(row, 'label', at);
    return {
      key, label, names: uniqueSpellings([label, ...reader.strings(row, 'names', at)]),
      abbreviations: uniqueSpellings(reader.strings(row, 'abbreviations', at)),
      demonyms: uniqueNames(reader.strings(row, 'demonyms', at)),
      capitals: uniqueSpellings(reader.strings(row, 'capitals', at)),
      metonyms: [], status: 'unrecognised', titles: officeTitles(undefined), source: `curated: ${reader.string(row, 'source', at)}`,
    };
  });
}

export function stateStatus(iso3: string, country: Country): State['status'] | undefined {
  if (UN_OBSERVERS.has(iso3)) return 'un_observer';
  if (PARTIALLY_RECOGNISED.has(iso3)) return 'partially_recognised';
  return country.unMember ? 'un_member' : undefined;
}

/** The states file's entries, sorted by key. Dependent territories are skipped. */
export function buildStates(input: StatesInput): State[] {
  const states: State[] = [];
  for (const c of input.countries) {
    const iso3 = CODE_FIX[c.cca3] ?? c.cca3;
    const status = stateStatus(iso3, c);
    if (status === undefined) continue;
    const cur = input.names.get(iso3);
    const label = cur?.label ?? c.name.common;
    const official = cur?.official ?? c.name.official;
    const abbreviations = uniqueSpellings(cur?.abbreviations ?? []);
    const spelled = dropFolded([label, ...(cur?.names ?? []), c.name.common, official, ...englishAltSpellings(c.altSpellings)], cur?.dropNames ?? []);
    // News abbreviates "Saint": "St Vincent and the Grenadines", "St. Lucia".
    const names = uniqueSpellings([...spelled, ...spelled.filter((n) => n.startsWith('Saint ')).flatMap((n) => [`St ${n.slice(6)}`, `St. ${n.slice(6)}`])])
      .filter((n) => !abbreviations.includes(n));
    const baseDemonyms = dropFolded(uniqueNames([
      ...splitDemonyms(c.demonyms['eng']?.m ?? ''), ...splitDemonyms(c.demonyms['eng']?.f ?? ''), ...(cur?.demonyms ?? []),
    ]), cur?.dropDemonyms ?? []);
    // A plural that is the state's own name ("Philippine" → "Philippines") would make the name a demonym.
    const plurals = baseDemonyms.map(demonymPlural).filter((d): d is string => d !== undefined && !names.includes(d));
    const demonyms = uniqueNames([...baseDemonyms, ...plurals]);
    const capitals = uniqueSpellings(dropFolded([...c.capital, ...(cur?.capitals ?? [])], cur?.dropCapitals ?? []));
    const curatedNote = [cur?.source, input.titles.get(iso3)?.source].filter((s): s is string => s !== undefined);
    states.push({
      key: `state/${iso3}`,
      iso3,
      iso2: c.cca2,
      label,
      official,
      names,
      abbreviations,
      demonyms,
      capitals,
      metonyms: uniqueSpellings(cur?.metonyms ?? []),
      status,
      titles: officeTitles(input.titles.get(iso3)),
      source: [WORLD_COUNTRIES_SOURCE, ...curatedNote.map((s) => `curated: ${s}`)].join('; '),
    });
  }
  for (const iso3 of input.names.keys()) {
    if (!states.some((s) => s.iso3 === iso3)) throw new InputError('data/sources/state-names.json', `${iso3} is not a state in world-countries`);
  }
  for (const u of input.unrecognised ?? []) {
    if (states.some((s) => s.key === u.key)) throw new InputError('data/sources/unrecognised-states.json', `${u.key} is listed twice`);
    states.push(u);
  }
  return states.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
