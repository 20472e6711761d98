// The same input gives the same bytes: whatever the order the inputs are named in, the number of workers, and how
// the corpus is split into shards for `extract` and in what order and grouping the shards are merged.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/graph/shards.js';
import { documentChunks } from '../../src/graph/write.js';
import { cli } from '../helpers/cli.js';
import { devArticlePath, listDevArticles, repoRoot } from '../helpers/corpus.js';

/** mulberry32, so a failing split can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('determinism', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-determinism-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const ids = listDevArticles();
  for (const id of ids) copyFileSync(devArticlePath(id), join(corpus, `${id}.txt`));
  for (const name of readdirSync(join(repoRoot, 'data', 'samples')).slice(0, 6)) copyFileSync(join(repoRoot, 'data', 'samples', name), join(corpus, `sample-${name}`));
  // The same texts again as JSONL records of their own, so that events are reported by several articles, and
  // enough of them (over 256 articles in all) for --jobs 2 to start workers.
  writeFileSync(join(corpus, 'feed.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `feed-${i}`, text: readFileSync(devArticlePath(ids[i % ids.length]!), 'utf8') })).join('\n'));
  const inputs = readdirSync(corpus).sort().map((name) => join(corpus, name));
  const ref = join(dir, 'ref.json');
  const reference = cli(['build', corpus, '--out', ref, '--no-cache', '--jobs', '1']);

  it('builds the same graph from inputs named in another order, with two workers', () => {
    expect(reference.status, reference.stderr).toBe(0);
    const r = cli(['build', ...shuffled(inputs, random(1)), '--out', join(dir, 'reordered.json'), '--no-cache', '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/; \d+ extracted on worker threads/);
    expect(readFileSync(join(dir, 'reordered.json'), 'utf8')).toBe(readFileSync(ref, 'utf8'));
  });

  describe('shards', () => {
    const all = join(dir, 'all.jsonl');
    const extracted = cli(['extract', corpus, '--out', all, '--jobs', '2']);
    const lines = readFileSync(all, 'utf8').trim().split('\n');
    const idOf = (line: string) => (JSON.parse(line) as { articles: { id: string }[] }).articles[0]!.id;

    it('extracts each article the same in any shard, whatever --jobs', () => {
      expect(extracted.status, extracted.stderr).toBe(0);
      const order = shuffled(inputs, random(2));
      const half = Math.floor(order.length / 2);
      for (const [i, shard] of [order.slice(0, half), order.slice(half)].entries()) {
        const out = join(dir, `shard-${i}.jsonl`);
        const r = cli(['extract', ...shard, '--out', out, '--jobs', String(i + 1)]);
        expect(r.status, r.stderr).toBe(0);
        for (const line of readFileSync(out, 'utf8').trim().split('\n')) expect(lines).toContain(line);
      }
    });

    it('merges any split of the fragments, in any order, into the graph build writes', async () => {
      const expected = readFileSync(ref, 'utf8');
      for (const seed of [3, 4, 5, 6, 7]) {
        const next = random(seed);
        const k = 2 + Math.floor(next() * 4);
        const parts: string[][] = Array.from({ length: k }, () => []);
        for (const line of shuffled(lines, next)) parts[Math.floor(next() * k)]!.push(line);
        const files = parts.map((p, i) => {
          const file = join(dir, `split-${seed}-${i}.jsonl`);
          writeFileSync(file, p.map((l) => `${l}\n`).join(''));
          return file;
        });
        const result = await mergeFiles(shuffled(files, next));
        expect([...documentChunks(result.document)].join(''), `seed ${seed}`).toBe(expected);
      }
    });

    it('merges shards through the command line in any grouping: fragments, then graphs of graphs', () => {
      const next = random(8);
      const order = shuffled(lines, next);
      const third = Math.ceil(order.length / 3);
      const files = [0, 1, 2].map((i) => {
        const file = join(dir, `part-${i}.jsonl`);
        writeFileSync(file, order.slice(i * third, (i + 1) * third).map((l) => `${l}\n`).join(''));
        return file;
      });
      const flat = cli(['merge', files[2]!, files[0]!, files[1]!, '--out', join(dir, 'flat.json')]);
      const mid = cli(['merge', files[1]!, files[2]!, '--no-layout', '--out', join(dir, 'mid.json')]);
      const top = cli(['merge', join(dir, 'mid.json'), files[0]!, '--out', join(dir, 'top.json')]);
      for (const r of [flat, mid, top]) expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'flat.json'), 'utf8')).toBe(readFileSync(ref, 'utf8'));
      expect(readFileSync(join(dir, 'top.json'), 'utf8')).toBe(readFileSync(ref, 'utf8'));
      expect(new Set(lines.map(idOf)).size).toBe(lines.length);
    });
  });
});
