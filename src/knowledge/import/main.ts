// `npm run data`: regenerates data/gazetteer/{states,leaders,blocs,agreements}.json from the upstream
// dumps in ../shared/data (Wikidata heads, Phoenix actors), the world-countries package and the curated
// files in data/sources/, and data/lexicon/{calendar,cameo-verbs}.json (CLDR, CAMEO's verb dictionary).
// Every file is validated before any is written, so a failed run changes nothing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AgreementsFile, BlocsFile, CalendarFile, CameoVerbsFile, LeadersFile, StatesFile } from '../../document/types.gen.js';
import { assertValid } from '../../document/validate.js';
import { DiplographError, InputError } from '../../errors.js';
import { dataDir, packageRoot } from '../../paths.js';
import { buildAgreements, loadAgreements } from './agreements.js';
import { buildBlocs, loadBlocs } from './blocs.js';
import { buildCalendar, calendarFile, loadCalendarSources } from './calendar.js';
import { buildCameoFromFiles, cameoFile } from './cameo.js';
import { writeJsonAtomic } from './json-file.js';
import { buildLeaders, loadCorrections, loadNameOverrides, loadOfficials } from './leaders.js';
import { foldName } from './names.js';
import { parseActors } from './phoenix.js';
import { buildStates, loadOfficeTitles, loadStateNames, loadUnrecognised, readWorldCountries } from './states.js';
import { readText } from './text-file.js';
import { parseWikidataCsv } from './wikidata.js';
import { SOURCES, DESCRIPTIONS } from './provenance.js';

export interface Paths {
  /** ../shared/data: wikidata-heads/, phoenix-actors/ and cameo-verbs/. */
  readonly shared: string;
  /** data/sources: the curated inputs. */
  readonly sources: string;
  /** data/gazetteer: the output. */
  readonly out: string;
}

export function defaultPaths(): Paths {
  return {
    shared: process.env['DIPLOGRAPH_SHARED_DATA'] ?? resolve(packageRoot, '..', 'shared', 'data'),
    sources: join(dataDir, 'sources'),
    out: join(dataDir, 'gazetteer'),
  };
}

export interface Gazetteer {
  readonly states: StatesFile;
  readonly leaders: LeadersFile;
  readonly blocs: BlocsFile;
  readonly agreements: AgreementsFile;
  /** data/lexicon/calendar.json, which needs the states' names and capitals. */
  readonly calendar: CalendarFile;
  /** data/lexicon/cameo-verbs.json. */
  readonly cameo: CameoVerbsFile;
  readonly notes: readonly string[];
}

/** Builds and validates all four files in memory. */
export function buildGazetteer(paths: Paths): Gazetteer {
  const csvFile = join(paths.shared, 'wikidata-heads', 'leaders_history.csv');
  const phoenixFile = join(paths.shared, 'phoenix-actors', 'Phoenix.Countries.actors.txt');
  for (const f of [csvFile, phoenixFile, join(paths.shared, 'cameo-verbs', 'CAMEO.2.0.txt')]) {
    if (!existsSync(f)) throw new InputError(f, 'is missing; `npm run data` needs ../shared/data (see data/README.md)');
  }

  const stateEntries = buildStates({
    countries: readWorldCountries(), names: loadStateNames(paths.sources), titles: loadOfficeTitles(paths.sources),
    unrecognised: loadUnrecognised(paths.sources),
  });
  const states = assertValid('states', { description: DESCRIPTIONS.states, sources: SOURCES.states, entries: stateEntries }, join(paths.out, 'states.json'));

  const stateStatus = new Map(stateEntries.map((s) => [s.key, s.status]));
  const blocEntries = buildBlocs({ blocs: loadBlocs(paths.sources), states: stateStatus, file: join(paths.sources, 'blocs.json') });
  const blocs = assertValid('blocs', { description: DESCRIPTIONS.blocs, sources: SOURCES.blocs, entries: blocEntries }, join(paths.out, 'blocs.json'));

  const csv = parseWikidataCsv(readText(csvFile));
  const demonyms = new Set(stateEntries.flatMap((s) => s.demonyms.map(foldName)));
  for (const w of ['us', 'u.s', 'un', 'u.n', 'uk']) demonyms.add(w); // "US_PRESIDENT_..." in Phoenix variants
  const report = buildLeaders({
    rows: csv.rows, labels: csv.labels, countries: csv.countries,
    actors: parseActors(readText(phoenixFile)),
    overrides: loadNameOverrides(paths.sources), officials: loadOfficials(paths.sources), corrections: loadCorrections(paths.sources),
    states: new Set(stateEntries.flatMap((s) => (s.iso3 !== undefined ? [s.iso3] : []))), blocs: new Set(blocEntries.map((b) => b.key)),
    demonyms, reserved: reservedWords(stateEntries, blocEntries), since: '1990-01-01', sourcesFile: join(paths.sources, 'officials.json'),
  });
  const leaders = assertValid('leaders', { description: DESCRIPTIONS.leaders, sources: SOURCES.leaders, entries: report.entries }, join(paths.out, 'leaders.json'));

  const known = new Set([...stateEntries.map((s) => s.key), ...blocEntries.map((b) => b.key)]);
  const agreementEntries = buildAgreements({ agreements: loadAgreements(paths.sources), known, file: join(paths.sources, 'agreements.json') });
  const agreements = assertValid('agreements', { description: DESCRIPTIONS.agreements, sources: SOURCES.agreements, entries: agreementEntries }, join(paths.out, 'agreements.json'));

  const calendar = assertValid('calendar', buildCalendar(loadCalendarSources(paths.sources), stateEntries), calendarFile(join(dataDir, 'lexicon')));

  const lexiconDir = join(dataDir, 'lexicon');
  const cameoBuild = buildCameoFromFiles(paths.shared, paths.sources);
  const cameo = assertValid('cameoVerbs', cameoBuild.file, cameoFile(lexiconDir));

  return { states, leaders, blocs, agreements, calendar, cameo, notes: [...report.notes, ...cameoBuild.notes] };
}

/** Folded names of states and blocs (names, capitals, demonyms, abbreviations), which no person's short form may take. */
export function reservedWords(states: readonly StatesFile['entries'][number][], blocs: readonly BlocsFile['entries'][number][]): Set<string> {
  const out = new Set<string>();
  for (const s of states) for (const n of [...s.names, ...s.capitals, ...s.demonyms, ...(s.abbreviations ?? []), ...s.metonyms]) out.add(foldName(n));
  for (const b of blocs) for (const n of [...b.names, ...b.abbreviations, ...b.metonyms]) out.add(foldName(n));
  return out;
}

export function writeGazetteer(g: Gazetteer, out: string): void {
  writeJsonAtomic(join(out, 'states.json'), g.states);
  writeJsonAtomic(join(out, 'blocs.json'), g.blocs);
  writeJsonAtomic(join(out, 'leaders.json'), g.leaders);
  writeJsonAtomic(join(out, 'agreements.json'), g.agreements);
  writeJsonAtomic(calendarFile(join(out, '..', 'lexicon')), g.calendar);
  writeJsonAtomic(cameoFile(join(out, '..', 'lexicon')), g.cameo);
}

function main(argv: readonly string[]): number {
  const verbose = argv.includes('--verbose');
  const paths = defaultPaths();
  try {
    const g = buildGazetteer(paths);
    writeGazetteer(g, paths.out);
    console.log(`wrote ${paths.out}: ${g.states.entries.length} states, ${g.leaders.entries.length} leaders, `
      + `${g.blocs.entries.length} blocs, ${g.agreements.entries.length} agreements; `
      + `${g.cameo.blocks.length} CAMEO verb blocks, ${g.cameo.nouns.length} event nouns`);
    if (g.notes.length > 0) {
      console.log(`${g.notes.length} note(s) for review${verbose ? ':' : ' (--verbose lists them)'}`);
      if (verbose) for (const n of g.notes) console.log(`  ${n}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DiplographError) {
      console.error(`diplograph data: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = main(process.argv.slice(2));
}
