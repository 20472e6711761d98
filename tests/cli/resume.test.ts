// A build killed half way (SIGKILL, no chance to clean up) leaves the last good graph byte for byte, and the next
// build picks up where it stopped: the fragments extracted before the kill come from the cache, and the graph
// equals a clean build.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../helpers/cli.js';
import { devArticlePath, listDevArticles } from '../helpers/corpus.js';

/**
 * Starts a build reading `records` from standard input, which is left open so that the build cannot finish, and
 * kills it (SIGKILL) while it extracts, once its cache holds `after` fragments; resolves with how many the cache then holds.
 */
function killedBuild(rest: string[], records: string, cache: string, after: number): Promise<{ saved: number; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(['build', '-', ...rest], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.stdin!.on('error', () => undefined); // the kill closes the pipe under the last of the records
    child.stdin!.write(records);
    const poll = setInterval(() => {
      if (existsSync(cache) && cacheEntries(cache) >= after) child.kill('SIGKILL');
    }, 50);
    child.on('error', reject);
    child.on('exit', (_, signal) => { clearInterval(poll); resolve({ saved: existsSync(cache) ? cacheEntries(cache) : 0, stderr, signal }); });
  });
}

const cacheEntries = (cache: string) => readdirSync(join(cache, 'fragments'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length;

describe('a killed build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-resume-'));
  const out = join(dir, 'graph.json');
  const small = join(dir, 'small');
  mkdirSync(small);
  for (const id of listDevArticles().slice(0, 3)) copyFileSync(devArticlePath(id), join(small, `${id}.txt`));
  // 400 records: the dev articles under new ids. The killed build reads them from a standard input left open, so it
  // is stopped in the middle however fast the machine: once it has saved 150 fragments, or soon after.
  const ids = listDevArticles();
  const texts = ids.map((id) => readFileSync(devArticlePath(id), 'utf8'));
  const records = `${Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `copy-${i}`, text: texts[i % texts.length] })).join('\n')}\n`;

  it('leaves the last good graph as it was, and the next build resumes from the cache', async () => {
    const first = cli(['build', small, '--out', out, '--jobs', '2']);
    expect(first.status, first.stderr).toBe(0);
    const good = readFileSync(out, 'utf8');

    const before = cacheEntries(`${out}.cache`);
    const killed = await killedBuild(['--out', out, '--jobs', '2'], records, `${out}.cache`, before + 150);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe(good);
    expect(killed.saved - before).toBeGreaterThanOrEqual(150);

    const resumed = cli(['build', '-', '--out', out, '--jobs', '2'], records);
    expect(resumed.status, resumed.stderr).toBe(0);
    const m = /built .*: 400 articles \((\d+) extracted, (\d+) from cache\)/.exec(resumed.stderr);
    expect(m, resumed.stderr).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(150);
    expect(Number(m![1]) + Number(m![2])).toBe(400);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const clean = cli(['build', '-', '--out', join(dir, 'clean.json'), '--no-cache', '--jobs', '2', '--quiet'], records);
    expect(clean.status, clean.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'clean.json'), 'utf8'));
  }, 360_000); // four builds; minutes on a busy machine
});
