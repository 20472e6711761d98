// A --queue where nothing answers is one line within seconds, a worker cut off from Redis still stops when told, and
// a password given for the queue never shows: not in progress, notices, warnings, errors, worker logs or the graph.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devArticlesDir } from '../helpers/corpus.js';
import { Command, freePort, haveRedis, RedisServer, run, startWorkers } from '../helpers/redis.js';

const SECRET = 'queue-s3cret-Zq7';

describe.skipIf(!haveRedis('the queue error tests of tests/cli/queue-errors.test.ts'))('--queue errors and passwords', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-queue-errors-'));
  let redis: RedisServer;
  const workers: Command[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start({ args: ['--requirepass', SECRET] });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops with one line, exit 1, instead of retrying, when nothing answers or the password is refused', async () => {
    const nowhere = `redis://:${SECRET}@127.0.0.1:${await freePort()}`;
    const cases = [
      { url: nowhere, why: /ECONNREFUSED/ },
      { url: `redis://:${SECRET}@nowhere.invalid:6379`, why: /ENOTFOUND|EAI_AGAIN/ },
      { url: redis.url(0, ':wrong-password'), why: /WRONGPASS|NOAUTH/ },
      { url: redis.url(), why: /NOAUTH/ },
    ];
    // A client that kept retrying (ioredis' default) would never end: the test would run out of time.
    const runs = await Promise.all([
      ...cases.map(({ url }) => run(['build', devArticlesDir, '--queue', url, '--out', join(dir, 'never.json'), '--no-cache'])),
      run(['worker', '--queue', nowhere]),
    ]);
    runs.forEach((command, i) => {
      const { why } = cases[i] ?? cases[0]!;
      expect(command.child.exitCode, command.stderr).toBe(1);
      expect(command.stderr).toMatch(/^diplograph: redis:\/\/[^@\s]+: cannot use the queue: .+\n$/);
      expect(command.stderr).toMatch(why);
      expect(command.stderr).not.toContain(SECRET);
      expect(command.stderr).not.toContain('wrong-password');
    });
  });

  it('stops a worker on SIGTERM while Redis is away, its batches left to other workers', async () => {
    const away = await RedisServer.start();
    try {
      const [worker] = await startWorkers(away.url(), 1);
      workers.push(worker!);
      await away.stop();
      expect(await worker!.waitFor(/^worker: lost the connection to /m)).toBe(true);
      expect(await worker!.stop('SIGTERM'), worker!.stderr).toBe(0);
      expect(worker!.stderr).toMatch(/^worker: Redis is away; the batches held go to another worker once their locks run out$/m);
      expect(worker!.stderr).toMatch(/^worker: stopped after 0 batches \(0 articles\)$/m);
    } finally {
      await away.dispose();
    }
  });

  it('refuses a --queue that is not a Redis URL as a usage error, without repeating its password', async () => {
    const command = await run(['build', devArticlesDir, '--queue', `http://admin:${SECRET}@queue.example`, '--out', join(dir, 'never.json')]);
    expect(command.child.exitCode).toBe(2);
    expect(command.stderr).toMatch(/^diplograph: --queue http:\/\/queue\.example: scheme http: is not redis: or rediss:/);
    expect(command.stderr).not.toContain(SECRET);
  });

  it('never prints or writes the password: build, extract and worker, waiting for a worker, then served by one', async () => {
    const url = redis.url(0, `:${SECRET}`);
    const out = join(dir, 'graph.json');
    const building = new Command(['build', devArticlesDir, '--queue', url, '--out', out, '--no-cache']);
    // With no worker, the build says what it waits for; a worker then starts with the password in its environment.
    expect(await building.waitFor(/^waiting: no worker takes batches from redis:\/\/127\.0\.0\.1:\d+ /m, 60_000), building.stderr).toBe(true);
    workers.push(...await startWorkers(redis.url(), 1, { DIPLOGRAPH_REDIS_PASSWORD: SECRET }));
    expect(await building.exited, building.stderr).toBe(0);
    const extracted = await run(['extract', devArticlesDir, '--queue', url]);
    expect(extracted.child.exitCode, extracted.stderr).toBe(0);
    for (const text of [building.stdout, building.stderr, extracted.stdout, extracted.stderr, workers[0]!.stderr, readFileSync(out, 'utf8')]) {
      expect(text).not.toContain(SECRET);
    }
  });
});
