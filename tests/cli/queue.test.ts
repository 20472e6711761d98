// Builds spread over workers on a Redis queue write what a local build writes, byte for byte, and a corpus built
// again takes its fragments from the queue's store. Redis is a redis-server of the test's own (tests/helpers/redis.ts);
// workers and builds run as separate processes, as a user runs them. The builds skip the layout: it is computed from
// the graph once extraction is over, and tells nothing about where the fragments came from.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { devArticlesDir } from '../helpers/corpus.js';
import { type Command, haveRedis, RedisServer, run, startWorkers } from '../helpers/redis.js';

describe.skipIf(!haveRedis('the queue tests of tests/cli/queue.test.ts'))('build --queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-queue-'));
  const generated = join(dir, 'generated');
  let redis: RedisServer;
  let workers: Command[];

  beforeAll(async () => {
    // Short generated articles in two files, ten batches of 32: enough for three workers to share (how fast the
    // queue goes with many more is bench/queue.ts' business).
    writeCorpus(generated, 320, { perFile: 160, seed: 13 });
    redis = await RedisServer.start();
    workers = await startWorkers(redis.url(), 3);
  });

  afterAll(async () => {
    await Promise.all((workers ?? []).map((w) => w.stop('SIGKILL')));
    await redis?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const built = (name: string) => readFileSync(join(dir, name), 'utf8');

  it('writes the dev corpus\' graph as a local build does, byte for byte', async () => {
    const local = await run(['build', devArticlesDir, '--out', join(dir, 'dev-local.json'), '--no-cache', '--no-layout', '--jobs', '1']);
    const queued = await run(['build', devArticlesDir, '--queue', redis.url(), '--out', join(dir, 'dev-queue.json'), '--no-cache', '--no-layout']);
    expect(local.child.exitCode, local.stderr).toBe(0);
    expect(queued.child.exitCode, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/; 25 extracted by queue workers\n/);
    expect(built('dev-queue.json')).toBe(built('dev-local.json'));
  });

  it('writes a generated corpus\' graph as a local build does, the batches shared by three workers', async () => {
    const local = await run(['build', generated, '--out', join(dir, 'gen-local.json'), '--no-cache', '--no-layout', '--jobs', '1']);
    const queued = await run(['build', generated, '--queue', redis.url(), '--out', join(dir, 'gen-queue.json'), '--no-cache', '--no-layout']);
    expect(local.child.exitCode, local.stderr).toBe(0);
    expect(queued.child.exitCode, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/: 320 articles, .*; 320 extracted by queue workers\n/);
    expect(queued.stderr).toMatch(/^progress 320\/320 articles \d+\/s done$/m);
    expect(built('gen-queue.json')).toBe(built('gen-local.json'));
  });

  it('extracts nothing again when the same corpus is submitted again', async () => {
    const again = await run(['build', generated, '--queue', redis.url(), '--out', join(dir, 'gen-again.json'), '--no-cache', '--no-layout']);
    expect(again.child.exitCode, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/; 320 from the queue's store\n/);
    expect(again.stderr).not.toContain('extracted by queue workers');
    expect(built('gen-again.json')).toBe(built('gen-local.json'));
  });

  it('writes the fragment lines of a local extract', async () => {
    const local = await run(['extract', devArticlesDir, '--jobs', '1']);
    const queued = await run(['extract', devArticlesDir, '--queue', redis.url()]);
    expect(queued.child.exitCode, queued.stderr).toBe(0);
    expect(queued.stdout.split('\n').length).toBe(26);
    expect(queued.stdout).toBe(local.stdout);
  });

  it('stops its workers cleanly on SIGTERM, each having extracted batches', async () => {
    const codes = await Promise.all(workers.map((w) => w.stop('SIGTERM')));
    expect(codes).toEqual([0, 0, 0]);
    for (const w of workers) expect(w.stderr).toMatch(/^worker: stopped after [1-9]\d* batch/m);
  });
});
