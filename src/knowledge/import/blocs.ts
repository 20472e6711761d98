// Builds data/gazetteer/blocs.json from data/sources/blocs.json. Memberships are written once per group of
// states that share dates ("groups"), or row by row ("members"); a bloc may also take another bloc's
// members ("copy": the UN General Assembly is the UN's members; OPEC+ includes OPEC's members from 2016).
import type { Bloc, Membership } from '../../document/types.gen.js';
import { InputError } from '../../errors.js';
import type { IsoDate } from './dates.js';
import { uniqueSpellings } from './names.js';
import { loadSource, type SourceReader } from './sources.js';

type Status = Membership['status'];
const STATUSES = new Set<string>(['member', 'observer', 'partner', 'dialogue_partner', 'suspended', 'applicant']);

export interface CuratedMembership {
  readonly member: string;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly status: Status;
  readonly source: string;
}

export interface CopyRule {
  readonly bloc: string;
  /** Memberships are cut to start no earlier than this day. */
  readonly notBefore: IsoDate | null;
  readonly source: string;
}

export interface CuratedBloc {
  readonly key: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly abbreviations: readonly string[];
  readonly metonyms: readonly string[];
  readonly parent?: string;
  readonly members: readonly CuratedMembership[];
  readonly copy: readonly CopyRule[];
  /** Every UN member and observer state in states.json, with these dates (the UN when no list is curated). */
  readonly allStates?: { readonly statuses: readonly string[]; readonly source: string };
  readonly source: string;
  readonly at: string;
}

/** "IRN" → "state/IRN"; keys ("bloc/au", "state/IRN") pass through. */
export function memberKey(text: string): string {
  return /^[A-Z]{3}$/.test(text) ? `state/${text}` : text;
}

function readStatus(reader: SourceReader, row: Record<string, unknown>, at: string): Status {
  const status = reader.optString(row, 'status', at) ?? 'member';
  if (!STATUSES.has(status)) reader.fail(`${at}/status`, `unknown status "${status}"`);
  return status as Status;
}

export function loadBlocs(sourcesDir: string): CuratedBloc[] {
  const { data, reader } = loadSource(sourcesDir, 'blocs.json');
  return reader.entries(data).map(({ row, at }) => {
    const source = reader.string(row, 'source', at);
    const key = reader.string(row, 'key', at);
    if (!/^bloc\/[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) reader.fail(`${at}/key`, 'must be bloc/<slug>');
    const members: CuratedMembership[] = [];
    const rows = row['members'] === undefined ? [] : reader.array(row['members'], `${at}/members`);
    rows.forEach((m, i) => {
      const mAt = `${at}/members/${i}`;
      const r = reader.object(m, mAt);
      members.push({
        member: memberKey(reader.string(r, 'member', mAt)), from: reader.date(r, 'from', mAt), to: reader.date(r, 'to', mAt),
        status: readStatus(reader, r, mAt), source: reader.optString(r, 'source', mAt) ?? source,
      });
    });
    const groups = row['groups'] === undefined ? [] : reader.array(row['groups'], `${at}/groups`);
    groups.forEach((g, i) => {
      const gAt = `${at}/groups/${i}`;
      const r = reader.object(g, gAt);
      const from = reader.date(r, 'from', gAt);
      const to = reader.date(r, 'to', gAt);
      const status = readStatus(reader, r, gAt);
      const gSource = reader.optString(r, 'source', gAt) ?? source;
      for (const m of reader.strings(r, 'members', gAt)) members.push({ member: memberKey(m), from, to, status, source: gSource });
    });
    const copy = (row['copy'] === undefined ? [] : reader.array(row['copy'], `${at}/copy`)).map((c, i) => {
      const cAt = `${at}/copy/${i}`;
      const r = reader.object(c, cAt);
      return { bloc: reader.string(r, 'bloc', cAt), notBefore: reader.optDate(r, 'notBefore', cAt) ?? null, source: reader.optString(r, 'source', cAt) ?? source };
    });
    const all = row['allStates'] === undefined ? undefined : reader.object(row['allStates'], `${at}/allStates`);
    const parent = reader.optString(row, 'parent', at);
    return {
      key, label: reader.string(row, 'label', at), names: reader.strings(row, 'names', at),
      abbreviations: reader.strings(row, 'abbreviations', at), metonyms: reader.strings(row, 'metonyms', at),
      ...(parent !== undefined ? { parent } : {}), members, copy,
      ...(all !== undefined ? { allStates: { statuses: reader.strings(all, 'statuses', `${at}/allStates`), source: reader.string(all, 'source', `${at}/allStates`) } } : {}),
      source, at,
    };
  });
}

function membershipOrder(a: Membership, b: Membership): number {
  const x = `${a.member}|${a.from ?? '0000'}|${a.status}`;
  const y = `${b.member}|${b.from ?? '0000'}|${b.status}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface BlocsInput {
  readonly blocs: readonly CuratedBloc[];
  /** state key → status, for allStates rules and to check member keys. */
  readonly states: ReadonlyMap<string, string>;
  readonly file: string;
}

/** The blocs file's entries, sorted by key. Copies are resolved in dependency order. */
export function buildBlocs(input: BlocsInput): Bloc[] {
  const byKey = new Map(input.blocs.map((b) => [b.key, b]));
  if (byKey.size !== input.blocs.length) throw new InputError(input.file, 'a bloc key is listed twice');
  const resolved = new Map<string, Membership[]>();

  const resolve = (key: string, path: readonly string[]): Membership[] => {
    const done = resolved.get(key);
    if (done) return done;
    const bloc = byKey.get(key);
    if (!bloc) throw new InputError(input.file, `${path.at(-1) ?? key} copies unknown bloc ${key}`);
    if (path.includes(key)) throw new InputError(input.file, `copy cycle ${[...path, key].join(' → ')}`);
    const listed = new Set(bloc.members.map((m) => m.member));
    const out: Membership[] = bloc.members.map((m) => ({ ...m }));
    if (bloc.allStates) {
      for (const [state, status] of input.states) {
        if (bloc.allStates.statuses.includes(status) && !listed.has(state)) {
          out.push({ member: state, from: null, to: null, status: status === 'un_observer' ? 'observer' : 'member', source: bloc.allStates.source });
        }
      }
    }
    for (const rule of bloc.copy) {
      for (const m of resolve(rule.bloc, [...path, key])) {
        if (listed.has(m.member)) continue;
        if (rule.notBefore !== null && m.to !== null && m.to <= rule.notBefore) continue;
        const from = rule.notBefore !== null && (m.from === null || m.from < rule.notBefore) ? rule.notBefore : m.from;
        out.push({ member: m.member, from, to: m.to, status: m.status, source: `${rule.source} (as a member of ${rule.bloc})` });
      }
    }
    for (const m of out) {
      if (m.member.startsWith('state/') ? !input.states.has(m.member) : !byKey.has(m.member)) {
        throw new InputError(input.file, `${key} lists unknown member ${m.member}`, { pointer: bloc.at });
      }
    }
    const sorted = out.sort(membershipOrder);
    resolved.set(key, sorted);
    return sorted;
  };

  return input.blocs
    .map((b): Bloc => {
      if (b.parent !== undefined && !byKey.has(b.parent)) throw new InputError(input.file, `unknown bloc ${b.parent}`, { pointer: `${b.at}/parent` });
      const abbreviations = uniqueSpellings(b.abbreviations);
      return {
        key: b.key,
        label: b.label,
        names: uniqueSpellings([b.label, ...b.names]).filter((n) => !abbreviations.includes(n)),
        abbreviations,
        metonyms: uniqueSpellings(b.metonyms),
        ...(b.parent !== undefined ? { parent: b.parent } : {}),
        members: resolve(b.key, []),
        source: b.source,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
