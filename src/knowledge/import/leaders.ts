// Builds data/gazetteer/leaders.json: heads of state and government from Wikidata (cleaned in wikidata.ts),
// English spellings borrowed from Phoenix, hand-written English labels for Portuguese-labelled royals,
// and hand-curated officials (foreign and defence ministers, security officials, heads of organisations).
import type { Leader, Term } from '../../document/types.gen.js';
import { InputError } from '../../errors.js';
import { overlaps, type IsoDate } from './dates.js';
import { displayPhoenixName, foldName, isRoman, isTitlePhrase, PARTICLES, tidyName, uniqueNames } from './names.js';
import type { PhoenixActor } from './phoenix.js';
import { PhoenixIndex, type Tenure } from './phoenix-match.js';
import { slugify } from '../slug.js';
import { SourceReader, loadSource } from './sources.js';
import { cleanTerms, type WikidataRole, type WikidataRow } from './wikidata.js';

type Office = Term['office'];

const OFFICES = new Set<string>([
  'head_of_state', 'head_of_government', 'deputy_head_of_government', 'crown_prince', 'foreign_minister',
  'defence_minister', 'minister', 'security_official', 'envoy', 'official', 'organisation_head',
]);

export const WIKIDATA_TERM_SOURCE = 'Wikidata P35/P6/P39 (head of state, head of government), via ../shared/data/wikidata-heads/leaders_history.csv';

// ---------------------------------------------------------------------------------------------------------
// Curated inputs

export interface NameOverride {
  readonly qid: string;
  readonly label?: string;
  readonly names: readonly string[];
  readonly short: readonly string[];
  readonly source: string;
}

export interface CuratedTerm {
  readonly office: Office;
  readonly title?: string;
  readonly state?: string;
  readonly bloc?: string;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly source: string;
}

export interface CuratedPerson {
  readonly key?: string;
  readonly qid?: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly short: readonly string[];
  readonly terms: readonly CuratedTerm[];
  readonly source: string;
  readonly at: string;
}

export interface TermFix {
  readonly qid: string;
  readonly iso3: string;
  readonly role: WikidataRole;
  readonly from: IsoDate;
  readonly drop: boolean;
  readonly setFrom?: IsoDate;
  readonly setTo?: IsoDate | null;
  readonly source: string;
}

export interface Corrections {
  readonly coHolderStates: ReadonlySet<string>;
  readonly excluded: ReadonlyMap<string, string>;
  readonly fixes: readonly TermFix[];
}

export function loadNameOverrides(sourcesDir: string): NameOverride[] {
  const { data, reader } = loadSource(sourcesDir, 'leader-names.json');
  const seen = new Set<string>();
  return reader.entries(data).map(({ row, at }) => {
    const qid = reader.string(row, 'qid', at);
    if (!/^Q\d+$/.test(qid)) reader.fail(`${at}/qid`, 'must be a Wikidata id');
    if (seen.has(qid)) reader.fail(`${at}/qid`, `${qid} is listed twice`);
    seen.add(qid);
    const label = reader.optString(row, 'label', at);
    return {
      qid, ...(label !== undefined ? { label } : {}),
      names: reader.strings(row, 'names', at), short: reader.strings(row, 'short', at), source: reader.string(row, 'source', at),
    };
  });
}

function readTerm(reader: SourceReader, value: unknown, at: string, fallbackSource: string): CuratedTerm {
  const row = reader.object(value, at);
  const office = reader.string(row, 'office', at);
  if (!OFFICES.has(office)) reader.fail(`${at}/office`, `unknown office "${office}"`);
  const state = reader.optString(row, 'state', at);
  const bloc = reader.optString(row, 'bloc', at);
  if ((state === undefined) === (bloc === undefined)) reader.fail(at, 'needs exactly one of "state" and "bloc"');
  if (state !== undefined && !/^state\/[A-Z]{3}$/.test(state)) reader.fail(`${at}/state`, 'must be a key state/<ISO3>');
  if (bloc !== undefined && !/^bloc\/[a-z0-9-]+$/.test(bloc)) reader.fail(`${at}/bloc`, 'must be a key bloc/<slug>');
  const from = reader.date(row, 'from', at);
  const to = reader.date(row, 'to', at);
  if (from !== null && to !== null && to < from) reader.fail(`${at}/to`, 'ends before it starts');
  const title = reader.optString(row, 'title', at);
  return {
    office: office as Office, ...(title !== undefined ? { title } : {}),
    ...(state !== undefined ? { state } : {}), ...(bloc !== undefined ? { bloc } : {}),
    from, to, source: reader.optString(row, 'source', at) ?? fallbackSource,
  };
}

export function loadOfficials(sourcesDir: string): CuratedPerson[] {
  const { data, reader } = loadSource(sourcesDir, 'officials.json');
  return reader.entries(data).map(({ row, at }) => {
    const source = reader.string(row, 'source', at);
    const qid = reader.optString(row, 'qid', at);
    const key = reader.optString(row, 'key', at);
    if (qid !== undefined && !/^Q\d+$/.test(qid)) reader.fail(`${at}/qid`, 'must be a Wikidata id');
    if (key !== undefined && !/^leader\/[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) reader.fail(`${at}/key`, 'must be leader/<slug>');
    const terms = reader.array(row['terms'], `${at}/terms`).map((t, i) => readTerm(reader, t, `${at}/terms/${i}`, source));
    return {
      ...(key !== undefined ? { key } : {}), ...(qid !== undefined ? { qid } : {}),
      label: reader.string(row, 'label', at), names: reader.strings(row, 'names', at), short: reader.strings(row, 'short', at),
      terms, source, at,
    };
  });
}

export function loadCorrections(sourcesDir: string): Corrections {
  const { data, reader } = loadSource(sourcesDir, 'leader-corrections.json');
  const root = reader.object(data, '');
  const co = reader.object(root['coHolderStates'], '/coHolderStates');
  const coHolderStates = new Set(reader.strings(co, 'states', '/coHolderStates'));
  const excluded = new Map<string, string>();
  for (const { row, at } of reader.entries(data, 'exclude')) {
    excluded.set(reader.string(row, 'qid', at), reader.string(row, 'source', at));
  }
  const fixes = reader.entries(data, 'terms').map(({ row, at }): TermFix => {
    const role = reader.string(row, 'office', at);
    if (role !== 'head_of_state' && role !== 'head_of_government') reader.fail(`${at}/office`, 'must be head_of_state or head_of_government');
    const from = reader.date(row, 'from', at);
    if (from === null) reader.fail(`${at}/from`, 'must be the start date of the row to fix');
    const action = reader.string(row, 'action', at);
    if (action !== 'drop' && action !== 'set') reader.fail(`${at}/action`, 'must be "drop" or "set"');
    const set = action === 'set' ? reader.object(row['set'], `${at}/set`) : {};
    const setFrom = reader.optDate(set, 'from', `${at}/set`);
    const setTo = reader.optDate(set, 'to', `${at}/set`);
    return {
      qid: reader.string(row, 'qid', at), iso3: reader.string(row, 'state', at), role: role as WikidataRole, from: from as IsoDate, drop: action === 'drop',
      ...(setFrom != null ? { setFrom } : {}), ...(setTo !== undefined ? { setTo } : {}), source: reader.string(row, 'source', at),
    };
  });
  return { coHolderStates, excluded, fixes };
}

// ---------------------------------------------------------------------------------------------------------
// Wikidata rows → corrected rows

/** Rows with the curated fixes applied; a fix that matches no row is returned so the caller can report it. */
export interface CorrectedDates {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly source: string;
}

export function applyCorrections(rows: readonly WikidataRow[], corrections: Corrections): { rows: WikidataRow[]; unused: TermFix[]; corrected: Map<string, CorrectedDates[]> } {
  const used = new Set<TermFix>();
  // Corrected rows by person, state and office, so the cleaned term they end up in can cite the fix.
  const corrected = new Map<string, CorrectedDates[]>();
  const out: WikidataRow[] = [];
  for (const row of rows) {
    if (corrections.excluded.has(row.qid)) continue;
    const fix = corrections.fixes.find((f) => f.qid === row.qid && f.iso3 === row.iso3 && f.role === row.role && f.from === row.from);
    if (!fix) { out.push(row); continue; }
    used.add(fix);
    if (fix.drop) continue;
    const fixed = { ...row, from: fix.setFrom ?? row.from, to: fix.setTo !== undefined ? fix.setTo : row.to };
    const k = `${row.qid}|${row.iso3}|${row.role}`;
    corrected.set(k, [...(corrected.get(k) ?? []), { from: fixed.from, to: fixed.to, source: fix.source }]);
    out.push(fixed);
  }
  return { rows: out, unused: corrections.fixes.filter((f) => !used.has(f)), corrected };
}

// ---------------------------------------------------------------------------------------------------------
// Names

const PORTUGUESE_TITLES = /^(Papa|Rei|Rainha|Imperador|Príncipe|Princesa)\s|,\s*(Príncipe|Duque|grão-duque|Conde)|(?<!\p{L})Maomé(?!\p{L})/u;

/**
 * Whether a Wikidata label is a Portuguese royal form: "Carlos III do Reino Unido", "Fahd da Arábia
 * Saudita", "Papa Francisco". `countryNames` are the folded Portuguese country names of the CSV; the label
 * must end in one of them ("Manuel Pinto da Costa" is a name, not "of Costa Rica").
 */
export function looksPortuguese(label: string, countryNames: ReadonlySet<string>): boolean {
  if (PORTUGUESE_TITLES.test(label)) return true;
  const m = /\s(?:do|da|dos|das|de)\s+(.+)$/u.exec(label);
  return m !== null && countryNames.has(foldName(m[1]!));
}

/** States whose leaders' names put the family name first, so the last word is not the surname. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM', 'KHM', 'MMR', 'BTN', 'HKG', 'MAC']);

/** States whose governments write their people's names in English family name first ("KISHIDA Fumio"), news given name first. */
const FAMILY_NAME_FIRST_OFFICIALLY = new Set(['JPN']);
/** Words of a label that title its bearer rather than name them. */
const TITLE_WORDS = /^(?:Emperor|Empress|Crown|Prince|Princess)$/;

/**
 * States whose leaders go by their given name alone, and where it stands: a Thai or Lao name gives it first
 * ("Srettha Thavisin" is "Srettha"), a Mongolian one after the father's name ("Ukhnaagiin Khürelsükh" is "Khürelsükh").
 */
const GIVEN_NAME_SHORT: ReadonlyMap<string, 'first' | 'last'> = new Map([['THA', 'first'], ['LAO', 'first'], ['MNG', 'last']]);

/** Spanish-speaking states and Portugal/Brazil, where a third word is usually the mother's surname. */
const TWO_SURNAMES = new Set([
  'ESP', 'MEX', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN', 'CUB', 'DOM', 'COL', 'VEN', 'ECU', 'PER', 'BOL', 'CHL',
  'ARG', 'URY', 'PRY', 'GNQ', 'PRT', 'BRA', 'AGO', 'MOZ', 'CPV', 'GNB', 'STP', 'TLS', 'PRI', 'AND',
]);

/**
 * Surnames that are also common English words, given names or very common family names: alone they name
 * nobody in particular, so they are not offered as a short form.
 */
const WEAK_SURNAMES = new Set([
  'may', 'june', 'april', 'august', 'march', 'major', 'brown', 'black', 'white', 'green', 'gray', 'grey', 'young',
  'king', 'queen', 'long', 'short', 'rich', 'love', 'hope', 'grace', 'joy', 'rose', 'wood', 'hill', 'stone', 'bond',
  'best', 'good', 'well', 'cook', 'price', 'bell', 'hall', 'ball', 'page', 'case', 'law', 'mark', 'john', 'james',
  'paul', 'peter', 'george', 'henry', 'frank', 'day', 'field', 'power', 'banks', 'church', 'gold', 'sharp', 'strong',
  'swift', 'ward', 'west', 'north', 'south', 'east', 'fox', 'key', 'moon', 'park', 'lee', 'kim', 'ali', 'ahmed',
  'ahmad', 'hassan', 'hussein', 'hussain', 'mohamed', 'mohammed', 'mohammad', 'muhammad', 'abdullah', 'rahman',
  'khan', 'singh', 'kumar', 'ibrahim', 'ismail', 'yusuf', 'omar', 'umar', 'mahmoud', 'mustafa', 'hamid', 'rashid',
  'said', 'musa', 'moussa', 'idris', 'issa', 'salem', 'martin', 'thomas', 'lewis', 'smith', 'jones', 'taylor',
  'williams', 'johnson', 'davis', 'miller', 'wilson', 'moore', 'jackson', 'harris', 'clark', 'allen', 'scott',
  'adams', 'baker', 'nelson', 'carter', 'mitchell', 'roberts', 'turner', 'phillips', 'campbell', 'parker', 'evans',
  'edwards', 'collins', 'stewart', 'morris', 'rogers', 'reed', 'bailey', 'cooper', 'richardson', 'cox', 'howard',
  'gordon', 'charles', 'francis', 'joseph', 'michel', 'pierre', 'jean', 'louis', 'andre', 'ben', 'sam', 'don',
  'jose', 'juan', 'carlos', 'luis', 'garcia', 'lopez', 'perez', 'gonzalez', 'rodriguez', 'fernandez', 'martinez',
  'sanchez', 'diaz', 'silva', 'santos', 'costa', 'nguyen', 'tran', 'wang', 'zhang', 'chen', 'liu', 'yang',
  'diallo', 'traore', 'keita', 'toure', 'sall', 'ba', 'sy', 'camara', 'cisse', 'kone', 'ouedraogo', 'sidibe', 'maiga',
  'mba', 'ndong', 'obama', 'kabila', 'deby', 'gnassingbe', 'bongo',
  // Dynasty names are every royal's last word: "Sabah" or "Thani" alone names no one.
  'sabah', 'thani', 'saud', 'nahyan', 'nahayan', 'khalifa', 'maktoum', 'busaidi', 'hashemi', 'qasimi', 'nuaimi',
  // Also cities or common words in news: "Lagos", "Aziz".
  'lagos', 'aziz', 'mahamadou', 'sharif', 'prince', 'bishop', 'pope', 'sultan', 'abdel', 'abdul',
  // An honorific that opens a Thai royal name ("Maha Vajiralongkorn").
  'maha',
]);

/**
 * The surname alone, when it can stand for the person in context: "Keir Starmer" → "Starmer",
 * "Bashar al-Assad" → "Assad"; the given name where a leader goes by it ("Srettha Thavisin" → "Srettha").
 * Undefined for family-name-first cultures, two-surname Spanish and Portuguese names, Arabic patronymic chains,
 * and surnames in WEAK_SURNAMES.
 */
export function surnameShort(label: string, iso3s: readonly string[]): string | undefined {
  if (iso3s.some((s) => FAMILY_NAME_FIRST.has(s))) return undefined;
  const words = tidyName(label).split(' ');
  const given = iso3s.map((s) => GIVEN_NAME_SHORT.get(s)).find((x) => x !== undefined);
  if (given) return words.length === 2 ? ownWord(given === 'first' ? words[0]! : words[1]!) : undefined;
  if (words.length < 2 || words.length > 4) return undefined;
  if (words.length >= 3 && iso3s.some((s) => TWO_SURNAMES.has(s))) return undefined;
  if (words.some((w) => PARTICLES.has(foldName(w)) || isRoman(w) || /^Q\d+$/.test(w))) return undefined;
  return ownWord(words.at(-1)!.replace(/^(?:al|el|Al|El)-/, ''));
}

/** A word of a name that may stand alone for its bearer: a capitalised word of four letters or more, not a weak one. */
function ownWord(word: string): string | undefined {
  if (word.length < 4 || !/^\p{Lu}[\p{L}'-]+$/u.test(word)) return undefined;
  return WEAK_SURNAMES.has(foldName(word)) ? undefined : word;
}

/** Phoenix's primary name and variants as display names, minus title phrases ("PRESIDENT_PUTIN"). */
function phoenixNames(actors: readonly PhoenixActor[], demonyms: ReadonlySet<string>): { full: string[]; single: string[] } {
  const full: string[] = [];
  const single: string[] = [];
  for (const actor of actors) {
    for (const raw of [actor.name, ...actor.variants]) {
      if (isTitlePhrase(raw, demonyms)) continue;
      const name = displayPhoenixName(raw);
      (name.includes(' ') ? full : single).push(name);
    }
  }
  return { full, single };
}

// ---------------------------------------------------------------------------------------------------------
// Assembly

export interface LeaderInput {
  readonly rows: readonly WikidataRow[];
  readonly labels: ReadonlyMap<string, string>;
  readonly countries: ReadonlyMap<string, string>;
  readonly actors: readonly PhoenixActor[];
  readonly overrides: readonly NameOverride[];
  readonly officials: readonly CuratedPerson[];
  readonly corrections: Corrections;
  /** ISO3 codes of states.json entries; terms elsewhere (dependent territories) are dropped. */
  readonly states: ReadonlySet<string>;
  /** Keys of blocs.json entries, for organisation heads. */
  readonly blocs: ReadonlySet<string>;
  /** Folded demonyms and nationality adjectives, which mark Phoenix title phrases ("RUSSIAN_PRESIDENT_..."). */
  readonly demonyms: ReadonlySet<string>;
  /**
   * Folded place and group names (states, capitals, demonyms, blocs): a surname that is also one of these
   * ("Lagos", "Jordan") is not offered as an automatic short form.
   */
  readonly reserved: ReadonlySet<string>;
  /** People whose every term ended before this day are left out. */
  readonly since: IsoDate;
  readonly sourcesFile: string;
}

export interface LeaderReport {
  readonly entries: Leader[];
  /** Things a maintainer may want to look at: Portuguese labels without an override, unused fixes. */
  readonly notes: string[];
}

function termOrder(a: Term, b: Term): number {
  const x = `${a.from ?? '0000'}|${a.office}|${a.state ?? a.bloc ?? ''}`;
  const y = `${b.from ?? '0000'}|${b.office}|${b.state ?? b.bloc ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function makeTerm(t: CuratedTerm): Term {
  return {
    office: t.office, ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.state !== undefined ? { state: t.state } : {}), ...(t.bloc !== undefined ? { bloc: t.bloc } : {}),
    from: t.from, to: t.to, source: t.source,
  };
}

/** The leaders file's entries, sorted by key, with notes for review. */
export function buildLeaders(input: LeaderInput): LeaderReport {
  const notes: string[] = [];
  const { rows, unused, corrected } = applyCorrections(input.rows, input.corrections);
  for (const f of unused) notes.push(`correction for ${f.qid} ${f.iso3} ${f.role} from ${f.from} matched no row`);

  const terms = cleanTerms(rows, { coHolderStates: input.corrections.coHolderStates })
    .filter((t) => input.states.has(t.iso3));
  const byPerson = new Map<string, typeof terms>();
  for (const t of terms) {
    const list = byPerson.get(t.qid);
    if (list) list.push(t); else byPerson.set(t.qid, [t]);
  }

  const countryNames = new Set([...input.countries.values()].map(foldName));
  const countryWords = new Set<string>();
  for (const name of countryNames) for (const w of name.split(' ')) if (w.length > 2) countryWords.add(w);
  const overrides = new Map(input.overrides.map((o) => [o.qid, o]));
  const phoenix = new PhoenixIndex(input.actors);
  const officials = new Map<string, CuratedPerson[]>();
  for (const p of input.officials) {
    if (p.qid === undefined) continue;
    const list = officials.get(p.qid);
    if (list) list.push(p); else officials.set(p.qid, [p]);
  }

  const entries: Leader[] = [];
  for (const [qid, personTerms] of byPerson) {
    const extra = officials.get(qid) ?? [];
    const recent = personTerms.some((t) => t.to === null || t.to >= input.since) || extra.length > 0;
    if (!recent) continue;
    const wikidataLabel = tidyName(input.labels.get(qid) ?? qid);
    const override = overrides.get(qid);
    const portuguese = looksPortuguese(wikidataLabel, countryNames);
    const tenures: Tenure[] = personTerms.map((t) => ({ iso3: t.iso3, from: t.from, to: t.to }));
    const matched = /^Q\d+$/.test(wikidataLabel) ? [] : phoenix.match(wikidataLabel, tenures, portuguese ? countryWords : new Set());
    const fromPhoenix = phoenixNames(matched, input.demonyms);
    let label = override?.label;
    if (label === undefined) {
      if (/^Q\d+$/.test(wikidataLabel)) { notes.push(`${qid}: no label in Wikidata and no override; left out`); continue; }
      if (portuguese) {
        notes.push(`${qid}: Portuguese label "${wikidataLabel}" has no English override`);
        label = fromPhoenix.full[0] ?? wikidataLabel;
      } else label = wikidataLabel;
    }
    const full = uniqueNames([
      label, ...(override?.names ?? []), ...extra.flatMap((p) => [p.label, ...p.names]),
      ...(portuguese || /^Q\d+$/.test(wikidataLabel) ? [] : [wikidataLabel]), ...fromPhoenix.full,
    ]);
    // A one-word Phoenix variant is kept as a short form only when it is one of the person's own name words.
    const ownWords = new Set(full.flatMap((n) => foldName(n).split(' ')));
    const iso3s = [...new Set(personTerms.map((t) => t.iso3))];
    // A label with more names than a surname rule reads ("Bassirou Diomaye Diakhar Faye") gives its surname through
    // a shorter spelling of the same name ending alike ("Bassirou Diomaye Faye").
    const lastWord = label.split(' ').at(-1);
    const autoShort = override?.short.length || extra.some((p) => p.short.length) ? undefined
      : surnameShort(label, iso3s) ?? full.filter((n) => n !== label && n.split(' ').at(-1) === lastWord).map((n) => surnameShort(n, iso3s)).find((x) => x !== undefined);
    const derived = [
      ...fromPhoenix.single.filter((s) => s.length >= 3 && ownWords.has(foldName(s)) && !PARTICLES.has(foldName(s)) && !isRoman(s)),
      ...(autoShort !== undefined ? [autoShort] : []),
    ].filter((s) => !input.reserved.has(foldName(s)) && !WEAK_SURNAMES.has(foldName(s)));
    const short = uniqueNames([...(override?.short ?? []), ...extra.flatMap((p) => p.short), ...derived], full);
    const leaderTerms: Term[] = [
      ...personTerms.map((t): Term => {
        const fix = corrected.get(`${qid}|${t.iso3}|${t.role}`)
          ?.find((c) => overlaps(c.from, c.to, t.from, t.to) && (c.from === t.from || c.to === t.to))?.source;
        return {
          office: t.role, state: `state/${t.iso3}`, from: t.from, to: t.to,
          source: fix === undefined ? WIKIDATA_TERM_SOURCE : `${WIKIDATA_TERM_SOURCE}; corrected: ${fix}`,
        };
      }),
      ...extra.flatMap((p) => p.terms.map(makeTerm)),
    ].sort(termOrder);
    entries.push({ key: `leader/${qid}`, qid, label, names: full, short, terms: leaderTerms });
  }

  const keys = new Set(entries.map((e) => e.key));
  for (const p of input.officials) {
    if (p.qid !== undefined) {
      if (keys.has(`leader/${p.qid}`)) continue; // merged above
      // A person of the export whose every head-of-state row was dropped (a rival claimant) keeps the QID key.
      if (!input.labels.has(p.qid)) throw new InputError(input.sourcesFile, `${p.qid} is not in the Wikidata export; give the person a slug key instead`, { pointer: `${p.at}/qid` });
    }
    const key = p.qid !== undefined ? `leader/${p.qid}` : p.key ?? `leader/${slugify(p.label)}`;
    if (keys.has(key)) throw new InputError(input.sourcesFile, `key ${key} is used twice`, { pointer: p.at });
    keys.add(key);
    const names = uniqueNames([p.label, ...p.names]);
    entries.push({
      key, ...(p.qid !== undefined ? { qid: p.qid } : {}), label: p.label, names, short: uniqueNames(p.short, names),
      terms: p.terms.map(makeTerm).sort(termOrder),
    });
  }

  const named = withFamilyNameFirst(withArticleSpellings(withShortenedNames(entries)));
  for (const e of named) {
    for (const t of e.terms) {
      if (t.state !== undefined && !input.states.has(t.state.slice('state/'.length))) throw new InputError(input.sourcesFile, `${e.key}: a term names unknown ${t.state}`);
      if (t.bloc !== undefined && !input.blocs.has(t.bloc)) throw new InputError(input.sourcesFile, `${e.key}: a term names unknown ${t.bloc}`);
    }
  }
  named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entries: named, notes };
}

/**
 * A name of four words or more with one middle name left out ("Bassirou Diomaye Diakhar Faye" is written
 * "Bassirou Diomaye Faye"), added when no other person's names give the same: news drops a middle name more often
 * than not. Names holding a particle ("bin", "da", "al-") are chains whose links are not optional, and stay whole.
 */
export function withShortenedNames(entries: readonly Leader[]): Leader[] {
  const taken = new Map<string, number>();
  const shortened = new Map<Leader, string[]>();
  for (const e of entries) for (const n of [...e.names, ...e.short]) taken.set(foldName(n), (taken.get(foldName(n)) ?? 0) + 1);
  for (const e of entries) {
    const variants = new Set<string>();
    for (const name of e.names) {
      const words = name.split(' ');
      if (words.length < 4 || words.some((w) => PARTICLES.has(foldName(w)) || /[-'’]/.test(w))) continue;
      for (let drop = 1; drop < words.length - 1; drop++) variants.add(words.filter((_, i) => i !== drop).join(' '));
    }
    shortened.set(e, [...variants]);
    for (const v of variants) taken.set(foldName(v), (taken.get(foldName(v)) ?? 0) + 1);
  }
  return entries.map((e) => ({ ...e, names: uniqueNames([...e.names, ...shortened.get(e)!.filter((v) => taken.get(foldName(v)) === 1)]) }));
}

/** Arabic articles that news writes joined to the next word by a hyphen or apart from it ("Al-Thani", "Al Thani"). */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/**
 * Each two-word name of a person holding office in a state whose government writes names family name first, also
 * written that way ("Yoko Kamikawa" → "Kamikawa Yoko", as in "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs"); not a
 * label that holds a title ("Emperor Naruhito").
 */
export function withFamilyNameFirst(entries: readonly Leader[]): Leader[] {
  return entries.map((e) => {
    if (!e.terms.some((t) => t.state !== undefined && FAMILY_NAME_FIRST_OFFICIALLY.has(t.state.replace(/^state\//, '')))) return e;
    const reversed = e.names.map((n) => n.split(' ')).filter((w) => w.length === 2 && !w.some((x) => TITLE_WORDS.test(x))).map((w) => `${w[1]} ${w[0]}`);
    return { ...e, names: uniqueNames([...e.names, ...reversed]) };
  });
}

/**
 * Each name with an Arabic article before a capitalised word also written the other way: hyphenated when the data
 * spaces it ("Mohammed bin Abdulrahman bin Jassim Al Thani" → "... Al-Thani"), spaced when the data hyphenates it.
 */
export function withArticleSpellings(entries: readonly Leader[]): Leader[] {
  const other = (name: string): string => name
    .replace(/(^|\s)(\p{L}{2,3})-(\p{Lu})/gu, (m, space: string, article: string, initial: string) => (ARTICLES.has(article.toLowerCase()) ? `${space}${article} ${initial}` : m))
    .replace(/(^|\s)(\p{L}{2,3}) (\p{Lu})/gu, (m, space: string, article: string, initial: string) => (ARTICLES.has(article.toLowerCase()) && /^\p{Lu}/u.test(article) ? `${space}${article}-${initial}` : m));
  return entries.map((e) => ({ ...e, names: uniqueNames([...e.names, ...e.names.map(other)]) }));
}

/**
 * The people holding an office of a state (or bloc) on a day, for checks and tests. A term's `to` is its
 * successor's first day, so on that day the successor holds the office.
 */
export function holders(entries: readonly Leader[], office: Office, where: string, on: IsoDate): Leader[] {
  return entries.filter((e) => e.terms.some((t) => t.office === office && (t.state ?? t.bloc) === where
    && (t.from === null || t.from <= on) && (t.to === null || t.to > on)));
}
