// A build killed half way (SIGKILL, no chance to clean up) leaves the last good graph byte for byte, and the next
// build picks up where it stopped: the fragments extracted before the kill come from the cache, and the graph
// equals a clean build.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../helpers/cli.js';
import { devArticlePath, listDevArticles } from '../helpers/corpus.js';

/** Starts a build and kills it (SIGKILL) once its progress says `after` articles are done; resolves with what it wrote. */
function killedBuild(rest: string[], after: number): Promise<{ done: number; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(rest, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let done = 0;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      for (const m of chunk.matchAll(/^progress (\d+)\//gm)) done = Math.max(done, Number(m[1]));
      if (done >= after && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_, signal) => resolve({ done, stderr, signal }));
  });
}

const cacheEntries = (cache: string) => readdirSync(join(cache, 'fragments'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length;

describe('a killed build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-resume-'));
  const out = join(dir, 'graph.json');
  const small = join(dir, 'small');
  mkdirSync(small);
  for (const id of listDevArticles().slice(0, 3)) copyFileSync(devArticlePath(id), join(small, `${id}.txt`));
  // 1,500 records: the dev articles under new ids, a build long enough to be stopped in the middle (progress is
  // reported once a second, and the kill comes at the first report of 300 or more).
  const ids = listDevArticles();
  const texts = ids.map((id) => readFileSync(devArticlePath(id), 'utf8'));
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `copy-${i}`, text: texts[i % texts.length] })).join('\n'));

  it('leaves the last good graph as it was, and the next build resumes from the cache', async () => {
    const first = cli(['build', small, '--out', out, '--jobs', '2']);
    expect(first.status, first.stderr).toBe(0);
    const good = readFileSync(out, 'utf8');

    const killed = await killedBuild(['build', big, '--out', out, '--jobs', '2'], 300);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(killed.done).toBeGreaterThanOrEqual(300);
    expect(readFileSync(out, 'utf8')).toBe(good);
    const saved = cacheEntries(`${out}.cache`);
    expect(saved).toBeGreaterThanOrEqual(300);

    const resumed = cli(['build', big, '--out', out, '--jobs', '2']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const m = /built .*: 1500 articles \((\d+) extracted, (\d+) from cache\)/.exec(resumed.stderr);
    expect(m, resumed.stderr).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(300);
    expect(Number(m![1]) + Number(m![2])).toBe(1500);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const clean = cli(['build', big, '--out', join(dir, 'clean.json'), '--no-cache', '--jobs', '2', '--quiet']);
    expect(clean.status, clean.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'clean.json'), 'utf8'));
  }, 360_000); // four builds; minutes on a busy machine
});
