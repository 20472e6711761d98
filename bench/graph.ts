// `npm run bench` (after bench/run.ts): the graph engine at scale, on synthetic fragments that merge into about
// 10,000 nodes and 100,000 edges. Times merge, conversion to a graph, ForceAtlas2 layout, a neighbours query and
// each export; each figure is the median of a few rounds, on one core. The data is drawn from a seeded generator,
// so every run measures the same graph.
import { cpus, platform, release, totalmem } from 'node:os';
import type { Edge, EdgeType, GraphDocument, Node } from '../src/document/types.gen.js';
import { toNeo4jCsv } from '../src/export/csv.js';
import { toGexf } from '../src/export/gexf.js';
import { toGraphml } from '../src/export/graphml.js';
import { toGraphologyJson } from '../src/export/json.js';
import { fromDayNumber, dayNumber } from '../src/graph/dates.js';
import { toDocument, toGraph } from '../src/graph/document.js';
import { layout } from '../src/graph/layout.js';
import { mergeDocuments } from '../src/graph/merge.js';
import { neighbours } from '../src/query/neighbours.js';
import { prng } from './corpus.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const ARTICLES = 25_000;
const EVENTS = 100_000;

/** Synthetic fragments: 10,000 entities, 100,000 events, each reported by 1 to 3 articles with dates that may differ by a day or be a publication date. */
function syntheticFragments(): GraphDocument[] {
  const random = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const nodes: Node[] = [];
  for (let i = 0; i < 1000; i++) {
    const iso3 = letters[Math.floor(i / 676) % 26]! + letters[Math.floor(i / 26) % 26]! + letters[i % 26]!;
    nodes.push({ id: `state/${iso3}`, type: 'state', label: `State ${iso3}`, aliases: [], iso3, provenance: [] });
  }
  for (let i = 0; i < 200; i++) nodes.push({ id: `bloc/b${i}`, type: 'bloc', label: `Bloc ${i}`, aliases: [], provenance: [] });
  for (let i = 0; i < 7000; i++) nodes.push({ id: `leader/Q${100 + i}`, type: 'leader', label: `Leader ${i}`, aliases: [`L${i}`], qid: `Q${100 + i}`, terms: [], provenance: [] });
  for (let i = 0; i < 1800; i++) nodes.push({ id: `agreement/a${i}`, type: 'agreement', label: `Agreement number ${i} on cooperation`, aliases: [], provenance: [] });
  const leaders = nodes.filter((n) => n.type === 'leader');
  const states = nodes.filter((n) => n.type === 'state');
  const parties = nodes.filter((n) => n.type === 'state' || n.type === 'bloc');
  const agreements = nodes.filter((n) => n.type === 'agreement');
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const events: { type: EdgeType; source: string; target: string; day: number; directed: boolean }[] = [];
  const start = dayNumber('2020-01-01');
  for (let i = 0; i < EVENTS; i++) {
    const r = random();
    const day = start + Math.floor(random() * 2000);
    if (r < 0.35) {
      const [a, b] = [pick(leaders).id, pick(leaders).id].sort();
      events.push({ type: pick(['meeting', 'phone_call'] as const), source: a!, target: b!, day, directed: false });
    } else if (r < 0.6) {
      events.push({ type: pick(['congratulation', 'support', 'condemnation'] as const), source: pick(leaders).id, target: pick(parties).id, day, directed: true });
    } else if (r < 0.8) {
      events.push({ type: 'signed', source: pick(leaders).id, target: pick(agreements).id, day, directed: true });
    } else {
      events.push({ type: pick(['member_of', 'party_to', 'leader_of'] as const), source: pick(states).id, target: pick(r < 0.9 ? parties : agreements).id, day: -1, directed: true });
    }
  }

  const fragments: { nodes: Map<string, Node>; edges: Edge[]; id: string }[] = [];
  for (let i = 0; i < ARTICLES; i++) fragments.push({ nodes: new Map(), edges: [], id: `article-${String(i).padStart(6, '0')}` });
  let offset = 0;
  for (const e of events) {
    const reports = 1 + Math.floor(random() * random() * 3);
    for (let k = 0; k < reports; k++) {
      const f = pick(fragments);
      const shift = k > 0 && random() < 0.2 ? 1 : 0;
      const inferred = k > 0 && !shift && random() < 0.2;
      const dated = e.day >= 0;
      const date = dated ? fromDayNumber(e.day + shift + (inferred ? 1 : 0)) : null;
      const prov = { article: f.id, sentence: 0, start: offset, end: offset + 10, quote: 'quoted text' };
      offset += 11;
      for (const id of [e.source, e.target]) {
        const n = byId.get(id)!;
        if (!f.nodes.has(id)) f.nodes.set(id, { ...n, provenance: [prov] });
      }
      f.edges.push({
        id: `${e.type}|${e.source}|${e.target}|${date ?? 'undated'}`, type: e.type, source: e.source, target: e.target, directed: e.directed,
        date, datePrecision: !dated ? 'none' : inferred ? 'inferred' : 'day',
        attributes: { trigger: 'trigger', cameo: '040', ...(dated ? { dateBasis: inferred ? 'publication' : 'relative' } : {}) },
        sources: 1, provenance: [prov],
      });
    }
  }
  return fragments.filter((f) => f.edges.length > 0).map((f) => ({
    format: 'diplograph/1',
    articles: [{ id: f.id, title: null, published: '2024-01-01', file: `${f.id}.txt`, sha256: '0'.repeat(64) }],
    nodes: [...f.nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: f.edges,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(label: string, fn: () => T, rounds = ROUNDS): T {
  let result: T | undefined;
  const seconds: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`  ${label.padEnd(34)} ${median(seconds).toFixed(2).padStart(7)} s`);
  return result!;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, node ${process.version}`);
const fragments = syntheticFragments();
const reports = fragments.reduce((n, f) => n + f.edges.length, 0);
console.log(`graph bench: ${fragments.length} synthetic fragments, ${reports} edge reports (median of ${ROUNDS})`);
const merged = time('merge (mergeDocuments)', () => mergeDocuments(fragments));
console.log(`  -> ${merged.nodes.length} nodes, ${merged.edges.length} edges, ${merged.edges.filter((e) => e.sources > 1).length} with several sources`);
const graph = time('document -> graph (toGraph)', () => toGraph(merged));
time('layout (ForceAtlas2, Barnes-Hut)', () => layout(graph), 1);
layout.assign(graph);
time('neighbours (depth 2)', () => neighbours(graph, 'leader/Q100', { depth: 2 }));
time('graph -> document (toDocument)', () => toDocument(graph));
time('JSON document (stringify)', () => JSON.stringify(toDocument(graph), null, 2));
const gexf = time('export GEXF', () => toGexf(graph));
const graphml = time('export GraphML', () => toGraphml(graph));
time('export graphology JSON', () => toGraphologyJson(graph));
time('export Neo4j CSV', () => toNeo4jCsv(graph));
console.log(`  GEXF ${(gexf.length / 2 ** 20).toFixed(1)} MB, GraphML ${(graphml.length / 2 ** 20).toFixed(1)} MB`);
