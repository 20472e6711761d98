// A seeded generator of realistic news corpora for the scale benchmark: each article recombines sentences of the
// bundled sample articles (data/samples/), with the states and office holders they name replaced, consistently
// within the article, by others from the gazetteer (data/gazetteer/) who held the same office on the article's
// date. Articles open with a dateline and come as JSONL records (`id`, `title`, `text`, `published`, `url`).
// The same seed and count give the same bytes, so every run measures the same input.
//
//   npx tsx bench/corpus.ts <out-dir> <articles> [--per-file N] [--seed S]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromDayNumber, dayNumber } from '../src/graph/dates.js';
import { parseArticle } from '../src/extract/read/index.js';

const root = join(import.meta.dirname, '..');

/** Mulberry32: small, fast and seedable. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Term { office: string; state: string; from: string | null; to: string | null }
interface LeaderEntry { key: string; label: string; names: string[]; short: string[]; terms: Term[] }
interface StateEntry { key: string; label: string; names: string[]; demonyms: string[]; capitals: string[]; status: string }

type Form = 'state' | 'demonym' | 'capital' | 'full' | 'short';
/** A sentence as text pieces and entity slots, filled per article. */
type Piece = string | { entity: string; form: Form };
interface SampleSentence { pieces: Piece[]; entities: string[] }
interface Sample { title: Piece[]; paragraphs: SampleSentence[][]; published: string; leaders: Map<string, { office: string; state: string }> }

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const OUTLETS = ['Meridian Wire', 'Harbour Press Agency', 'Continental Newswire', 'Atlas Dispatch', 'Northern Ledger', 'Equator News Service'];
const ABBREVIATIONS = /(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N|U\.K)\.)$/;

function readEntries<T>(file: string): T[] {
  return (JSON.parse(readFileSync(join(root, 'data', 'gazetteer', file), 'utf8')) as { entries: T[] }).entries;
}

/** Sentences of a paragraph: split after . ! ? (and a closing quote) before a capital, not after an abbreviation. */
function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["'”’)]?\s+(?=["“(]?[A-Z0-9])/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(paragraph.slice(start, m.index + 1))) continue;
    out.push(paragraph.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) out.push(paragraph.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The gazetteer's names as one matcher over the sample text, longest first, whole words only. */
class NameIndex {
  readonly surfaces = new Map<string, { entity: string; form: Form }>();
  private re: RegExp | undefined;

  add(surface: string, entity: string, form: Form): void {
    if (surface.length < 3 || this.surfaces.has(surface)) return;
    this.surfaces.set(surface, { entity, form });
  }

  split(text: string): Piece[] {
    this.re ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...this.surfaces.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const pieces: Piece[] = [];
    let last = 0;
    for (const m of text.matchAll(this.re)) {
      if (m.index > last) pieces.push(text.slice(last, m.index));
      pieces.push(this.surfaces.get(m[0])!);
      last = m.index + m[0].length;
    }
    if (last < text.length) pieces.push(text.slice(last));
    return pieces;
  }
}

export interface CorpusRecord { id: string; title?: string; text: string; published: string; url: string }

const inOffice = (t: Term, day: string) => (t.from === null || t.from <= day) && (t.to === null || day < t.to);

export class CorpusGenerator {
  private readonly samples: Sample[];
  private readonly states: StateEntry[];
  private readonly statesByKey: Map<string, StateEntry>;
  private readonly leadersByKey: Map<string, LeaderEntry>;
  /** Head-of-state and head-of-government holders per state and office, for lookups by date. */
  private readonly holders = new Map<string, LeaderEntry[]>();

  constructor() {
    const states = readEntries<StateEntry>('states.json');
    const leaders = readEntries<LeaderEntry>('leaders.json');
    this.states = states.filter((s) => s.status === 'un_member');
    this.statesByKey = new Map(states.map((s) => [s.key, s]));
    this.leadersByKey = new Map(leaders.map((l) => [l.key, l]));
    for (const l of leaders) {
      for (const t of l.terms) {
        if (t.office !== 'head_of_state' && t.office !== 'head_of_government' && t.office !== 'foreign_minister') continue;
        const k = `${t.state} ${t.office}`;
        const list = this.holders.get(k) ?? [];
        if (!list.includes(l)) list.push(l);
        this.holders.set(k, list);
      }
    }
    const dir = join(root, 'data', 'samples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const all = texts.join('\n');
    const index = new NameIndex();
    for (const s of this.states) {
      for (const n of [s.label, ...s.names]) if (all.includes(n)) index.add(n, s.key, 'state');
      for (const n of s.demonyms) if (all.includes(n)) index.add(n, s.key, 'demonym');
      for (const n of s.capitals) if (all.includes(n)) index.add(n, s.key, 'capital');
    }
    for (const l of leaders) {
      if (!l.terms.some((t) => t.office === 'head_of_state' || t.office === 'head_of_government' || t.office === 'foreign_minister')) continue;
      for (const n of l.names) if (n.includes(' ') && all.includes(n)) index.add(n, l.key, 'full');
      for (const n of l.short) if (all.includes(n)) index.add(n, l.key, 'short');
    }
    this.samples = files.map((file, i) => {
      const { article } = parseArticle(texts[i]!, { id: file, file, format: 'txt' });
      if (!article?.published) throw new Error(`corpus: sample ${file} has no publication date`);
      const body = article.text.slice(article.body.start, article.body.end)
        // The dateline is written anew for each article.
        .replace(/^[A-Z][A-Z .'’]+,[^\n]*?\)\s*-{1,2}\s+/, '')
        .replace(/^[A-Z][A-Z .'’]+(?:, [A-Z][a-z]+)? [-–—] /, '');
      const paragraphs = body.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 40)
        .map((p) => sentencesOf(p).filter((s) => s.length >= 30 && /[.!?]["'”’)]?$/.test(s)).map((s) => {
          const pieces = index.split(s);
          return { pieces, entities: pieces.flatMap((x) => (typeof x === 'string' ? [] : [x.entity])) };
        }));
      const sampleLeaders = new Map<string, { office: string; state: string }>();
      for (const key of new Set(paragraphs.flat().flatMap((s) => s.entities))) {
        const l = this.leadersByKey.get(key);
        const term = l?.terms.find((t) => inOffice(t, article.published!)) ?? l?.terms[0];
        if (term) sampleLeaders.set(key, { office: term.office, state: term.state });
      }
      return { title: index.split(article.title ?? ''), paragraphs, published: article.published, leaders: sampleLeaders };
    });
  }

  /** The `n`th article of the corpus drawn with `seed`: the same pair always gives the same record. */
  article(seed: number, n: number): CorpusRecord {
    const random = prng((seed * 0x9e3779b1) ^ (n * 0x85ebca6b));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const day = fromDayNumber(dayNumber('2015-01-01') + Math.floor(random() * 3800));
    const lead = pick(this.samples);
    // Most of the lead sample in order, a paragraph or two from other samples in between.
    const paragraphs: { sample: Sample; sentences: SampleSentence[] }[] = [];
    lead.paragraphs.forEach((p, i) => {
      if (i === 0 || random() < 0.75) paragraphs.push({ sample: lead, sentences: p });
      if (random() < 0.25) {
        const other = pick(this.samples);
        if (other.paragraphs.length > 1) paragraphs.push({ sample: other, sentences: pick(other.paragraphs.slice(1)) });
      }
    });

    // States map to distinct random UN members; a leader maps to whoever held their office in the new state that day.
    const stateMap = new Map<string, StateEntry>();
    const used = new Set<string>();
    const mapState = (key: string): StateEntry => {
      let target = stateMap.get(key);
      if (!target) {
        do target = pick(this.states); while (used.has(target.key) && used.size < this.states.length);
        used.add(target.key);
        stateMap.set(key, target);
      }
      return target;
    };
    const leaderMap = new Map<string, LeaderEntry | undefined>();
    const mapLeader = (key: string, sample: Sample): LeaderEntry | undefined => {
      if (leaderMap.has(key)) return leaderMap.get(key);
      const role = sample.leaders.get(key);
      let target: LeaderEntry | undefined;
      if (role) {
        const state = mapState(role.state);
        target = (this.holders.get(`${state.key} ${role.office}`) ?? []).find((l) => l.terms.some((t) => t.state === state.key && t.office === role.office && inOffice(t, day)));
      }
      leaderMap.set(key, target);
      return target;
    };
    const fill = (pieces: readonly Piece[], sample: Sample): string => pieces.map((p) => {
      if (typeof p === 'string') return p;
      if (p.form === 'full' || p.form === 'short') {
        const target = mapLeader(p.entity, sample);
        if (!target) return this.leadersByKey.get(p.entity)!.label;
        return p.form === 'full' ? target.label : target.short[0] ?? target.label;
      }
      const state = mapState(p.entity);
      if (p.form === 'demonym') return state.demonyms[0] ?? state.label;
      if (p.form === 'capital') return state.capitals[0] ?? state.label;
      return state.label;
    }).join('');

    // A sentence naming someone who has no counterpart in office that day is left out, so names and offices agree.
    const mappable = (s: SampleSentence, sample: Sample) => s.pieces.every((p) => typeof p === 'string' || (p.form !== 'full' && p.form !== 'short')
      || !sample.leaders.has(p.entity) || mapLeader(p.entity, sample) !== undefined);
    const body = paragraphs.map((p) => p.sentences.filter((s) => mappable(s, p.sample)).map((s) => fill(s.pieces, p.sample)).join(' ')).filter((p) => p.length > 0);
    const title = fill(lead.title, lead);
    const firstState = lead.paragraphs[0]?.[0]?.entities.map((e) => this.statesByKey.get(e) ?? this.statesByKey.get(lead.leaders.get(e)?.state ?? '')).find((s) => s);
    const city = (firstState ? mapState(firstState.key) : pick(this.states)).capitals[0]?.toUpperCase() ?? 'GENEVA';
    const dateline = `${city}, ${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))} (${pick(OUTLETS)}) - `;
    const id = `gen-${seed}-${String(n).padStart(7, '0')}`;
    return { id, ...(title.trim() ? { title: title.trim() } : {}), text: `${dateline}${body.join('\n\n')}\n`, published: day, url: `https://news.example/${day}/${id}` };
  }
}

/** Writes `articles` records as JSONL files of `perFile` records each (`corpus-000.jsonl`, ...); returns the paths. */
export function writeCorpus(dir: string, articles: number, options: { perFile?: number; seed?: number } = {}): string[] {
  const perFile = options.perFile ?? 10_000;
  const seed = options.seed ?? 1;
  const generator = new CorpusGenerator();
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let first = 0; first < articles; first += perFile) {
    const lines: string[] = [];
    for (let n = first; n < Math.min(articles, first + perFile); n++) lines.push(JSON.stringify(generator.article(seed, n)));
    const file = join(dir, `corpus-${String(files.length).padStart(3, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

if (process.argv[1] === import.meta.filename) {
  const [dir, count, ...rest] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write('usage: npx tsx bench/corpus.ts <out-dir> <articles> [--per-file N] [--seed S]\n');
    process.exit(2);
  }
  const flag = (name: string) => { const i = rest.indexOf(name); return i >= 0 ? Number(rest[i + 1]) : undefined; };
  const files = writeCorpus(dir, Number(count), { ...(flag('--per-file') ? { perFile: flag('--per-file')! } : {}), ...(flag('--seed') ? { seed: flag('--seed')! } : {}) });
  process.stderr.write(`wrote ${count} articles in ${files.length} files under ${dir}\n`);
}
