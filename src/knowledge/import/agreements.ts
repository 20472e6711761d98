// Builds data/gazetteer/agreements.json from data/sources/agreements.json: named treaties, deals and joint
// projects with their aliases, parties (state or bloc keys) and signing date. Summit declarations are not
// listed; the extractor recognises them by pattern.
import type { Agreement } from '../../document/types.gen.js';
import { InputError } from '../../errors.js';
import type { IsoDate } from './dates.js';
import { memberKey } from './blocs.js';
import { uniqueSpellings } from './names.js';
import { slugify } from '../slug.js';
import { loadSource } from './sources.js';

export interface CuratedAgreement {
  readonly key: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly abbreviations: readonly string[];
  readonly parties: readonly string[];
  readonly signed: IsoDate | null;
  readonly source: string;
  readonly at: string;
}

export function loadAgreements(sourcesDir: string): CuratedAgreement[] {
  const { data, reader } = loadSource(sourcesDir, 'agreements.json');
  return reader.entries(data).map(({ row, at }) => {
    const label = reader.string(row, 'label', at);
    const key = reader.optString(row, 'key', at) ?? `agreement/${slugify(label)}`;
    if (!/^agreement\/[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) reader.fail(`${at}/key`, 'must be agreement/<slug>');
    return {
      key, label, names: reader.strings(row, 'names', at), abbreviations: reader.strings(row, 'abbreviations', at),
      parties: reader.strings(row, 'parties', at).map(memberKey), signed: reader.optDate(row, 'signed', at) ?? null,
      source: reader.string(row, 'source', at), at,
    };
  });
}

export interface AgreementsInput {
  readonly agreements: readonly CuratedAgreement[];
  /** Keys of states.json and blocs.json entries, to check parties. */
  readonly known: ReadonlySet<string>;
  readonly file: string;
}

export function buildAgreements(input: AgreementsInput): Agreement[] {
  const seen = new Set<string>();
  return input.agreements
    .map((a): Agreement => {
      if (seen.has(a.key)) throw new InputError(input.file, `key ${a.key} is used twice`, { pointer: a.at });
      seen.add(a.key);
      for (const p of a.parties) if (!input.known.has(p)) throw new InputError(input.file, `unknown party ${p}`, { pointer: `${a.at}/parties` });
      const abbreviations = uniqueSpellings(a.abbreviations);
      return {
        key: a.key,
        label: a.label,
        names: uniqueSpellings([a.label, ...a.names]).filter((n) => !abbreviations.includes(n)),
        abbreviations,
        parties: [...new Set(a.parties)].sort(),
        signed: a.signed,
        source: a.source,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
