// `npm run bench`: extraction speed on the bundled sample articles, one core.
// Reports the median of several timed rounds; compare figures as ratios within one run.
import { cpus, platform, release, totalmem } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/pipeline.js';
import { parseArticle } from '../src/extract/read/index.js';
import type { SourceArticle } from '../src/extract/read/types.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const ROUNDS = 7;
const MIN_ARTICLES_PER_ROUND = 2000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [r, Number(process.hrtime.bigint() - t0) / 1e9];
}

const dir = join(import.meta.dirname, '..', 'data', 'samples');
const [knowledge, loadSeconds] = time(() => loadKnowledge());
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ f, text: readFileSync(join(dir, f), 'utf8') }));
const read = () => files.map(({ f, text }) => parseArticle(text, { id: f.replace(/\.txt$/, ''), file: f, format: 'txt' }).article!);
const articles: SourceArticle[] = read();
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const repeat = Math.ceil(MIN_ARTICLES_PER_ROUND / articles.length);

// Warm-up so that the JIT has compiled the hot paths.
for (let i = 0; i < 3; i++) for (const a of articles) extract(a, knowledge);

const rates: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const [, seconds] = time(() => { for (let i = 0; i < repeat; i++) for (const a of articles) extract(a, knowledge); });
  rates.push((repeat * articles.length) / seconds);
}
const perSecond = median(rates);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, node ${process.version}`);
console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
console.log(`knowledge load: ${(loadSeconds * 1000).toFixed(0)} ms`);
console.log(`extraction (one core, ${articles.length} sample articles x ${repeat}, median of ${ROUNDS}): ${perSecond.toFixed(0)} articles/s, ${((perSecond * bytes) / articles.length / 2 ** 20).toFixed(2)} MB/s`);

// Where the time goes: one more pass with the pipeline's step timings, and the reader timed alike.
const timings = new Map<string, number>();
const [, readSeconds] = time(() => { for (let i = 0; i < repeat; i++) read(); });
timings.set('read (article reader)', readSeconds * 1000);
for (let i = 0; i < repeat; i++) for (const a of articles) extract(a, knowledge, { timings });
const total = [...timings.values()].reduce((a, b) => a + b, 0);
const n = repeat * articles.length;
console.log('\n| step | µs/article | share | MB/s |\n| --- | ---: | ---: | ---: |');
for (const [step, ms] of timings) {
  console.log(`| ${step} | ${((ms * 1000) / n).toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% | ${((repeat * bytes) / 2 ** 20 / (ms / 1000)).toFixed(0)} |`);
}
