// Cleans the Wikidata heads-of-state/government export (../shared/data/wikidata-heads): rows without a
// start are dropped (they are mostly fictional holders), duplicate rows of one term are merged, broken
// runs of one person are joined, and an open term is closed when a successor starts.
import { daysBetween, maybeYearOnly, wikidataDate, type IsoDate } from './dates.js';
import { parseCsvRecords } from './csv.js';

export type WikidataRole = 'head_of_state' | 'head_of_government';

export interface WikidataRow {
  readonly iso3: string;
  readonly role: WikidataRole;
  readonly label: string;
  readonly qid: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** 1-based line in the CSV (header is line 1). */
  readonly line: number;
}

export interface WikidataTerm {
  readonly qid: string;
  readonly iso3: string;
  readonly role: WikidataRole;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface ParsedRows {
  readonly rows: WikidataRow[];
  /** Labels by QID, first seen; a label equal to the QID means Wikidata had no pt/en label. */
  readonly labels: Map<string, string>;
  /** The CSV's (Portuguese) country name per ISO3, used to spot Portuguese royal labels. */
  readonly countries: Map<string, string>;
  readonly dropped: number;
}

const ROLES = new Set<string>(['head_of_state', 'head_of_government']);

/** The usable rows: a known role, a QID and a start date (rows without one are mostly fictional holders). */
export function parseWikidataCsv(text: string): ParsedRows {
  const rows: WikidataRow[] = [];
  const labels = new Map<string, string>();
  const countries = new Map<string, string>();
  let dropped = 0;
  parseCsvRecords(text).forEach((r, i) => {
    const iso3 = (r['iso3'] ?? '').trim();
    if (!countries.has(iso3)) countries.set(iso3, (r['country'] ?? '').trim());
    const qid = (r['person_qid'] ?? '').trim();
    const role = (r['role'] ?? '').trim();
    const from = wikidataDate(r['start'] ?? '');
    if (!/^Q\d+$/.test(qid) || !ROLES.has(role) || from === null) { dropped++; return; }
    let to = wikidataDate(r['end'] ?? '');
    if (to !== null && to < from) to = null; // an end before the start is a data error; treat as unknown
    const label = (r['person'] ?? '').trim();
    if (!labels.has(qid)) labels.set(qid, label);
    rows.push({ iso3, role: role as WikidataRole, label, qid, from, to, line: i + 2 });
  });
  return { rows, labels, countries, dropped };
}

interface Draft {
  qid: string;
  iso3: string;
  role: WikidataRole;
  from: IsoDate;
  to: IsoDate | null;
  /** Precise start dates the duplicate rows gave; used to settle an overlap with a predecessor. */
  starts: IsoDate[];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t); else out.set(k, [t]);
  }
  return out;
}

/** Prefer dates that are not a possible year-only 1 January; keep all when every one is. */
function precise(dates: IsoDate[]): IsoDate[] {
  const p = dates.filter((d) => !maybeYearOnly(d));
  return (p.length > 0 ? p : dates).sort();
}

/**
 * Terms from rows that overlap (the same term entered twice, with different precision or a missing end).
 * Closed rows give one term ending at the latest known end ("King Salman, head of government, end
 * 2022-09-27" beats the same row without an end). An open row that starts after every closed row ended is
 * the current run and becomes its own open term, so a caretaker between the two runs stays visible.
 */
function mergeDuplicates(rows: WikidataRow[]): Draft[] {
  const first = rows[0]!;
  const base = { qid: first.qid, iso3: first.iso3, role: first.role };
  const ends = rows.map((r) => r.to).filter((d): d is IsoDate => d !== null);
  if (ends.length === 0) {
    const starts = precise(rows.map((r) => r.from));
    return [{ ...base, from: starts[0]!, to: null, starts }];
  }
  const lastEnd = precise(ends).at(-1)!;
  const current = rows.filter((r) => r.to === null && r.from >= lastEnd);
  const past = rows.filter((r) => !current.includes(r));
  const starts = precise(past.map((r) => r.from));
  const out: Draft[] = [{ ...base, from: starts[0]!, to: lastEnd, starts }];
  if (current.length > 0) {
    const openStarts = precise(current.map((r) => r.from));
    out.push({ ...base, from: openStarts[0]!, to: null, starts: openStarts });
  }
  return out;
}

/** Clusters of rows whose intervals overlap (not merely touch). */
function overlapClusters(rows: WikidataRow[]): WikidataRow[][] {
  const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const clusters: WikidataRow[][] = [];
  let end: IsoDate | null | undefined;
  for (const r of sorted) {
    const last = clusters.at(-1);
    if (last && (end === null || (end !== undefined && r.from < end))) {
      last.push(r);
      if (end !== null) end = r.to === null ? null : r.to > end ? r.to : end;
    } else {
      clusters.push([r]);
      end = r.to;
    }
  }
  return clusters;
}

/** Joins runs of one person that touch or nearly touch (a re-appointment the next day is one tenure). */
function joinRuns(drafts: Draft[], maxGapDays: number): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out.at(-1);
    if (prev && prev.to !== null && daysBetween(prev.to, d.from) <= maxGapDays && d.from >= prev.from) {
      prev.to = d.to === null || d.to > prev.to ? d.to : prev.to;
    } else out.push({ ...d, starts: [...d.starts] });
  }
  return out;
}

export interface CleanOptions {
  /** States where several people hold the office at once (co-princes, captains regent, a collective presidency). */
  readonly coHolderStates?: ReadonlySet<string>;
  /** Gap up to which two runs of one person are joined. */
  readonly maxGapDays?: number;
}

/** Clean terms, one per tenure, sorted by state, role and start. */
export function cleanTerms(rows: readonly WikidataRow[], options: CleanOptions = {}): WikidataTerm[] {
  const coHolders = options.coHolderStates ?? new Set<string>();
  const maxGap = options.maxGapDays ?? 2;
  const perPerson = groupBy(rows, (r) => `${r.iso3}|${r.role}|${r.qid}`);
  const drafts: Draft[] = [];
  for (const group of perPerson.values()) {
    const merged = overlapClusters(group).flatMap(mergeDuplicates);
    drafts.push(...joinRuns(merged, maxGap));
  }
  for (const office of groupBy(drafts, (d) => `${d.iso3}|${d.role}`).values()) {
    office.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.qid < b.qid ? -1 : 1));
    if (coHolders.has(office[0]!.iso3)) continue;
    settleOverlaps(office);
    closeOpenTerms(office);
  }
  return drafts
    .map(({ qid, iso3, role, from, to }) => ({ qid, iso3, role, from, to }))
    .sort((a, b) => {
      const x = `${a.iso3}|${a.role}|${a.from}|${a.qid}`;
      const y = `${b.iso3}|${b.role}|${b.from}|${b.qid}`;
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

/**
 * When a successor's start falls before the predecessor's recorded end and one of the successor's
 * duplicate rows gave a start that fits, take that one (Iraq 2022: rows say 14 and 27 October; the
 * predecessor's end is the 27th).
 */
function settleOverlaps(office: Draft[]): void {
  for (let i = 1; i < office.length; i++) {
    const s = office[i]!;
    const p = office[i - 1]!;
    if (p.qid === s.qid || p.to === null || p.to <= s.from) continue;
    const fit = s.starts.find((d) => d >= p.to!);
    if (fit !== undefined && (s.to === null || fit <= s.to)) s.from = fit;
  }
  office.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.qid < b.qid ? -1 : 1));
}

/** An open term ends when someone else's term in the same office starts later ("no end recorded"). */
function closeOpenTerms(office: Draft[]): void {
  for (const d of office) {
    if (d.to !== null) continue;
    const next = office.find((o) => o.qid !== d.qid && o.from > d.from);
    if (next) d.to = next.from;
  }
}
