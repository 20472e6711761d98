// Date reconciliation: which reports of the same type and participants are one event, and which date it gets.
//
// A *report class* is a date, a precision and a basis (how the extractor found the date) with the articles
// that give it. Two classes are the same event (linked) when:
//   1. they give the same date (both undated, or the same day), and both name a day (`day`/`inferred`) or
//      both have the same precision: the same key is the same event, as within one article;
//   2. for a standing relation (member_of, party_to, leader_of), one is undated: "Iran is a member of BRICS"
//      is the relation that "Iran joined BRICS on 1 January 2024" dates;
//   3. they come from different articles, both name a day, and the days differ by at most one (time zones),
//      or a publication date standing in (`inferred`) falls up to three days after a stated day.
// Events are the connected components of that link (single linkage, so A-B-C chains join). A month or year
// never joins a day: it could be any of that period's events, so it stays its own edge. Two dates one
// article gives stay apart: the article itself says they are different events.
// The event takes the best-stated date: `day` before `inferred` before `month` before `year` before none,
// then the earliest, then the strongest basis (stated, relative, article, publication). When the classes
// disagree, the edge keeps every one in the attribute `dateReported`,
//   "2024-10-22 day relative: article-a; 2024-10-23 day stated: article-b, article-c"
// which also lets a later merge recover each article's report, so merging is associative and commutative.
import type { DatePrecision, Edge, IsoDate } from '../document/types.gen.js';
import { dayNumber, isDayLike } from './dates.js';
import type { MergeOptions } from './defaults.js';

/** What some articles say about when an event happened. */
export interface ReportClass {
  readonly date: IsoDate | null;
  readonly precision: DatePrecision;
  readonly basis: string | undefined;
  readonly articles: ReadonlySet<string>;
}

export const DATE_REPORTED = 'dateReported';
export const DATE_BASIS = 'dateBasis';

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, inferred: 1, month: 2, year: 3, none: 4 };
const BASIS_RANK: Readonly<Record<string, number>> = { stated: 0, relative: 1, article: 2, publication: 3 };
const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

export function classKey(c: Pick<ReportClass, 'date' | 'precision' | 'basis'>): string {
  return `${c.date ?? 'undated'} ${c.precision}${c.basis ? ` ${c.basis}` : ''}`;
}

/** Best-stated first: precision, then date (undated last), then basis. */
export function compareClasses(a: Pick<ReportClass, 'date' | 'precision' | 'basis'>, b: Pick<ReportClass, 'date' | 'precision' | 'basis'>): number {
  const p = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (p !== 0) return p;
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  const rank = (basis: string | undefined) => (basis === undefined ? 99 : BASIS_RANK[basis] ?? 98);
  const r = rank(a.basis) - rank(b.basis);
  if (r !== 0) return r;
  const x = a.basis ?? '';
  const y = b.basis ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

// Article ids are free text: escape the separators the attribute uses.
const escapeId = (id: string) => id.replace(/%/g, '%25').replace(/;/g, '%3B').replace(/,/g, '%2C');
const unescapeId = (id: string) => id.replace(/%3B/g, ';').replace(/%2C/g, ',').replace(/%25/g, '%');

export function encodeReports(classes: readonly ReportClass[]): string {
  return [...classes].sort(compareClasses)
    .map((c) => `${classKey(c)}: ${[...c.articles].sort().map(escapeId).join(', ')}`)
    .join('; ');
}

function parseReports(text: string): ReportClass[] | undefined {
  const classes: ReportClass[] = [];
  for (const entry of text.split('; ')) {
    const m = /^(\S+) (day|inferred|month|year|none)(?: (\S+))?: (.+)$/.exec(entry);
    if (!m) return undefined;
    const date = m[1] === 'undated' ? null : m[1]!;
    if (date !== null && !ISO_RE.test(date)) return undefined;
    classes.push({ date, precision: m[2] as DatePrecision, basis: m[3], articles: new Set(m[4]!.split(', ').map(unescapeId)) });
  }
  return classes;
}

/**
 * The report classes an edge carries: those its `dateReported` lists, or else one class (its own date) for all
 * its articles. Articles of the provenance that `dateReported` misses (an edited file) get the edge's own date.
 */
export function reportsOf(edge: Edge): ReportClass[] {
  const articles = new Set(edge.provenance.map((p) => p.article));
  const basisValue = edge.attributes[DATE_BASIS];
  const own = { date: edge.date, precision: edge.datePrecision, basis: typeof basisValue === 'string' ? basisValue : undefined };
  const listed = edge.attributes[DATE_REPORTED];
  const parsed = typeof listed === 'string' ? parseReports(listed) : undefined;
  if (!parsed) return [{ ...own, articles }];
  const seen = new Set<string>();
  const classes = parsed.map((c) => {
    const kept = new Set([...c.articles].filter((a) => articles.has(a)));
    for (const a of kept) seen.add(a);
    return { ...c, articles: kept };
  }).filter((c) => c.articles.size > 0);
  const rest = [...articles].filter((a) => !seen.has(a));
  if (rest.length > 0) classes.push({ ...own, articles: new Set(rest) });
  return classes;
}

function sameSingleArticle(a: ReportClass, b: ReportClass): boolean {
  if (a.articles.size !== 1 || b.articles.size !== 1) return false;
  const [x] = a.articles;
  return b.articles.has(x!);
}

/** Whether two report classes of the same type and participants are one event (rules 1-3 above). */
export function linked(a: ReportClass, b: ReportClass, standing: boolean, options: Required<MergeOptions>): boolean {
  if (a.date === b.date) return a.precision === b.precision || (isDayLike(a.precision) && isDayLike(b.precision));
  if (a.date === null || b.date === null) return standing;
  if (!isDayLike(a.precision) || !isDayLike(b.precision) || sameSingleArticle(a, b)) return false;
  const diff = dayNumber(a.date) - dayNumber(b.date);
  if (Math.abs(diff) <= options.dayTolerance) return true;
  if (a.precision === 'inferred' && b.precision === 'day') return diff >= 0 && diff <= options.inferredLag;
  if (b.precision === 'inferred' && a.precision === 'day') return -diff >= 0 && -diff <= options.inferredLag;
  return false;
}
