// `npm run bench` (last): the whole pipeline at scale, on generated corpora of 1k, 10k and 100k articles
// (bench/corpus.ts: sample sentences recombined, names from the gazetteer). For each size it times, each in a
// process of its own so that peak memory is the stage's own:
//   read      the readers alone (JSONL records parsed into articles), one core
//   extract   `diplograph extract --jobs 1` and `--jobs 2` (fragment lines), and the speed-up between them; and, as
//             the machine's own ceiling for this work, two `--jobs 1` processes on half the corpus each at once
//   merge     fragment lines read and checked, merged; the ForceAtlas2 layout; the graph written (what `merge` does)
//   export    the graph read back and written as GEXF (what `export --format gexf` does)
// and the end-to-end time of extract (2 workers) + merge + export with the largest peak RSS of those stages.
//
//   BENCH_SIZES=1000,10000 BENCH_DIR=/tmp/x npx tsx bench/scale.ts
// Corpora are generated once under BENCH_DIR (default: the system temp folder) and reused; nothing is committed.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { gexfPieces } from '../src/export/gexf.js';
import { readInputs } from '../src/extract/read/index.js';
import { layoutDocument } from '../src/graph/layout.js';
import { loadGraph } from '../src/graph/load.js';
import { GraphMerger } from '../src/graph/merge.js';
import { readShards } from '../src/graph/shards.js';
import { writeAtomic, writeGraphDocument } from '../src/graph/write.js';
import { writeCorpus } from './corpus.js';

const root = join(import.meta.dirname, '..');
const SEED = 1;

interface StageResult { seconds: Record<string, number>; rss: number; items?: number; bytes?: number }

const now = () => performance.now() / 1000;
const peak = () => process.resourceUsage().maxRSS * 1024;

/** Stages run in a child process (`--stage name args...`), reporting their timings as JSON on stdout. */
async function stage(name: string, args: string[]): Promise<StageResult> {
  if (name === 'read') {
    const t0 = now();
    let items = 0;
    let bytes = 0;
    for await (const r of readInputs(args)) {
      if (r.article) { items++; bytes += Buffer.byteLength(r.article.text); }
    }
    return { seconds: { read: now() - t0 }, rss: peak(), items, bytes };
  }
  if (name === 'merge') {
    const [parts, out] = args as [string, string];
    const t0 = now();
    const merger = new GraphMerger();
    for await (const item of readShards([parts])) if (item.document) merger.add(item.document);
    const t1 = now();
    let doc = merger.result();
    const t2 = now();
    doc = layoutDocument(doc);
    const t3 = now();
    writeGraphDocument(out, doc);
    const t4 = now();
    return { seconds: { 'read+fold': t1 - t0, result: t2 - t1, layout: t3 - t2, write: t4 - t3 }, rss: peak(), items: doc.edges.length };
  }
  if (name === 'export') {
    const [graphFile, out] = args as [string, string];
    const t0 = now();
    const graph = loadGraph(graphFile);
    const t1 = now();
    writeAtomic(out, gexfPieces(graph));
    const t2 = now();
    return { seconds: { load: t1 - t0, gexf: t2 - t1 }, rss: peak(), bytes: statSync(out).size };
  }
  throw new Error(`scale: unknown stage ${name}`);
}

function child(args: string[], env: Record<string, string> = {}): { seconds: number; stdout: string } {
  const t0 = now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 2 ** 26 });
  if (r.status !== 0) throw new Error(`scale: ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return { seconds: now() - t0, stdout: r.stdout };
}

function runStage(name: string, args: string[]): StageResult {
  const { stdout } = child([import.meta.filename, '--stage', name, ...args]);
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as StageResult;
}

/** Runs a diplograph command with the RSS hook; wall time includes start-up and loading the knowledge. */
function command(args: string[], rssFile: string): { seconds: number; rss: number } {
  const { seconds } = child(['--import', pathToFileURL(join(root, 'bench', 'rss.ts')).href, join(root, 'src', 'cli', 'main.ts'), ...args], { BENCH_RSS_FILE: rssFile });
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) };
}

/** Runs diplograph commands side by side; resolves with the wall time until the last one ends. */
async function together(commands: string[][]): Promise<number> {
  const t0 = now();
  await Promise.all(commands.map((args) => new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], { cwd: root, stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scale: ${args.join(' ')} exited ${code}`))));
  })));
  return now() - t0;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++;
  return n;
}

const mb = (bytes: number) => bytes / 2 ** 20;
const gb = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
const f1 = (n: number) => n.toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString('en');

async function main(): Promise<void> {
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
  const base = process.env['BENCH_DIR'] ?? join(tmpdir(), 'diplograph-bench');
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, node ${process.version}`);
  console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
  const rows: string[] = [];
  for (const n of sizes) {
    const dir = join(base, `corpus-${n}-seed${SEED}`);
    if (!existsSync(join(dir, 'complete'))) {
      rmSync(dir, { recursive: true, force: true });
      writeCorpus(join(dir, 'articles'), n, { seed: SEED, perFile: Math.ceil(n / 10) });
      writeFileSync(join(dir, 'complete'), '');
    }
    const articles = join(dir, 'articles');
    const work = join(base, `run-${n}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const rssFile = join(work, 'rss');

    const read = runStage('read', [articles]);
    const inputMb = mb(read.bytes!);
    const one = command(['extract', articles, '--jobs', '1', '--quiet', '--out', join(work, 'one.jsonl')], rssFile);
    const two = command(['extract', articles, '--jobs', '2', '--quiet', '--out', join(work, 'two.jsonl')], rssFile);
    if (readFileSync(join(work, 'one.jsonl')).compare(readFileSync(join(work, 'two.jsonl'))) !== 0) throw new Error('scale: --jobs 1 and --jobs 2 differ');
    const files = readdirSync(articles).sort().map((f) => join(articles, f));
    const half = Math.ceil(files.length / 2);
    const pair = await together([
      ['extract', ...files.slice(0, half), '--jobs', '1', '--quiet', '--out', join(work, 'half-a.jsonl')],
      ['extract', ...files.slice(half), '--jobs', '1', '--quiet', '--out', join(work, 'half-b.jsonl')],
    ]);
    const fragments = await countLines(join(work, 'two.jsonl'));
    const partMb = mb(statSync(join(work, 'two.jsonl')).size);
    rmSync(join(work, 'one.jsonl'));
    const merge = runStage('merge', [join(work, 'two.jsonl'), join(work, 'graph.json')]);
    const graphMb = mb(statSync(join(work, 'graph.json')).size);
    const exp = runStage('export', [join(work, 'graph.json'), join(work, 'graph.gexf')]);
    const mergeSeconds = Object.values(merge.seconds).reduce((a, b) => a + b, 0);
    const exportSeconds = Object.values(exp.seconds).reduce((a, b) => a + b, 0);
    const total = two.seconds + mergeSeconds + exportSeconds;
    const peakRss = Math.max(two.rss, merge.rss, exp.rss);

    console.log(`\n${int(n)} articles (${f1(inputMb)} MB of text; ${int(fragments)} fragments, ${f1(partMb)} MB; graph ${int(merge.items!)} edges, ${f1(graphMb)} MB; GEXF ${f1(mb(exp.bytes!))} MB)`);
    console.log(`  read (one core)          ${f1(read.seconds['read']!).padStart(6)} s  ${int(read.items! / read.seconds['read']!)} articles/s  ${f1(inputMb / read.seconds['read']!)} MB/s  peak ${gb(read.rss)} GB`);
    console.log(`  extract --jobs 1         ${f1(one.seconds).padStart(6)} s  ${int(n / one.seconds)} articles/s  ${f1(inputMb / one.seconds)} MB/s  peak ${gb(one.rss)} GB`);
    console.log(`  extract --jobs 2         ${f1(two.seconds).padStart(6)} s  ${int(n / two.seconds)} articles/s  ${f1(inputMb / two.seconds)} MB/s  peak ${gb(two.rss)} GB  speed-up ${(one.seconds / two.seconds).toFixed(2)}x`);
    console.log(`  2 x extract --jobs 1     ${f1(pair).padStart(6)} s  ${int(n / pair)} articles/s  (two processes on half the corpus each: speed-up ${(one.seconds / pair).toFixed(2)}x)`);
    console.log(`  merge (read+fold, result) ${f1(merge.seconds['read+fold']!).padStart(5)} + ${f1(merge.seconds['result']!)} s  ${int(fragments / (merge.seconds['read+fold']! + merge.seconds['result']!))} fragments/s  ${f1(partMb / (merge.seconds['read+fold']! + merge.seconds['result']!))} MB/s`);
    console.log(`  layout (ForceAtlas2)     ${f1(merge.seconds['layout']!).padStart(6)} s`);
    console.log(`  write graph.json         ${f1(merge.seconds['write']!).padStart(6)} s  ${f1(graphMb / merge.seconds['write']!)} MB/s  (merge stage peak ${gb(merge.rss)} GB)`);
    console.log(`  export GEXF (load+write) ${f1(exp.seconds['load']!).padStart(5)} + ${f1(exp.seconds['gexf']!)} s  peak ${gb(exp.rss)} GB`);
    console.log(`  end to end (extract -j2, merge, layout, GEXF) ${f1(total)} s, peak RSS ${gb(peakRss)} GB`);
    rows.push(`| ${int(n)} | ${int(n / one.seconds)} | ${int(n / two.seconds)} | ${(one.seconds / two.seconds).toFixed(2)}x | ${(one.seconds / pair).toFixed(2)}x | ${f1(mergeSeconds - merge.seconds['layout']! - merge.seconds['write']!)} | ${f1(merge.seconds['layout']!)} | ${f1(merge.seconds['write']!)} | ${f1(exportSeconds)} | ${f1(total)} | ${gb(peakRss)} |`);
  }
  console.log('\n| articles | extract -j1 (art/s) | extract -j2 (art/s) | speed-up | 2 processes | merge (s) | layout (s) | write (s) | GEXF export (s) | end to end (s) | peak RSS (GB) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

if (process.argv[2] === '--stage') {
  const result = await stage(process.argv[3]!, process.argv.slice(4));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
