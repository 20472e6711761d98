// Faults of a queued build are normal: a worker killed mid-batch, Redis restarting (with its data, or without), a
// batch that fails on every try. The build still ends, with the graph a local build writes (every article once), or
// with a warning naming each article it could not have.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { devArticlesDir, listDevArticles } from '../helpers/corpus.js';
import { Command, haveRedis, RedisServer, run, startWorkers } from '../helpers/redis.js';

const sleep = (ms: number) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Waits until some worker holds a batch (its lock is in Redis). */
async function batchHeld(redis: Redis): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if ((await redis.keys('diplograph:extract-*:lock')).length > 0) return;
    await sleep(10);
  }
  throw new Error('no worker took a batch');
}

describe.skipIf(!haveRedis('the queue fault tests of tests/cli/queue-faults.test.ts'))('build --queue, when things break', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-queue-faults-'));
  const generated = join(dir, 'generated');
  const started: (Command | RedisServer | Redis)[] = [];
  let reference: string;

  beforeAll(async () => {
    // Four batches of 32 in two files: a worker holds two at a time, so faults come while the first is held, with
    // the rest still to do.
    writeCorpus(generated, 128, { perFile: 64, seed: 31 });
    const local = await run(['build', generated, '--out', join(dir, 'local.json'), '--no-cache', '--no-layout', '--jobs', '1']);
    expect(local.child.exitCode, local.stderr).toBe(0);
    reference = readFileSync(join(dir, 'local.json'), 'utf8');
  });

  afterEach(async () => {
    for (const thing of started.splice(0)) {
      if (thing instanceof Command) await thing.stop('SIGKILL');
      else if (thing instanceof RedisServer) await thing.dispose();
      else thing.disconnect();
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A Redis server, and a client of the test's own that sees what workers hold (and does not reconnect). */
  const redisServer = async (options: { appendOnly?: boolean } = {}) => {
    const server = await RedisServer.start(options);
    const client = new Redis({ port: server.port, lazyConnect: true, retryStrategy: () => null });
    started.push(server, client);
    await client.connect();
    return { server, client };
  };
  const workers = async (url: string, count: number) => {
    const list = await startWorkers(url, count);
    started.push(...list);
    return list;
  };
  const build = (url: string, out: string, inputs: readonly string[] = [generated]) => {
    const command = new Command(['build', ...inputs, '--queue', url, '--out', join(dir, out), '--no-cache', '--no-layout']);
    started.push(command);
    return command;
  };

  /** A build that ended well, every article in it once: exit 0, no warning, the local build's bytes. */
  const expectWhole = async (building: Command, out: string) => {
    expect(await building.exited, building.stderr).toBe(0);
    expect(building.stderr).toMatch(/: 128 articles, .*, 0 warnings; 128 extracted by queue workers\n/);
    expect(readFileSync(join(dir, out), 'utf8')).toBe(reference);
  };

  it('gives the batches of a worker killed mid-batch to another worker', async () => {
    const { server, client } = await redisServer();
    const [victim] = await workers(server.url(), 1);
    const building = build(server.url(), 'killed.json');
    await batchHeld(client);
    victim!.child.kill('SIGKILL');
    expect(await victim!.exited).toBeNull();
    // Only now does a worker that can finish the build start: it must take over the dead worker's batches.
    const [rescuer] = await workers(server.url(), 1);
    await expectWhole(building, 'killed.json');
    expect(rescuer!.stderr).toMatch(/^worker: batch [0-9a-f]{12} was held by a worker that stopped/m);
  });

  it('goes on when Redis restarts mid-run, each article counted once', async () => {
    const { server, client } = await redisServer({ appendOnly: true });
    const [worker] = await workers(server.url(), 1);
    const building = build(server.url(), 'restarted.json');
    await batchHeld(client);
    client.disconnect();
    await server.restart(1000);
    await expectWhole(building, 'restarted.json');
    expect(building.stderr).toMatch(/^lost the connection to redis:\/\/127\.0\.0\.1:\d+ \(.*\); reconnecting$/m);
    expect(building.stderr).toMatch(/^reconnected to redis:\/\/127\.0\.0\.1:\d+$/m);
    expect(worker!.stderr).toMatch(/^worker: reconnected to /m);
  });

  it('submits again the batches a Redis restarted without its data has lost', async () => {
    const { server, client } = await redisServer({ appendOnly: false });
    const [holder] = await workers(server.url(), 1);
    const building = build(server.url(), 'emptied.json');
    await batchHeld(client);
    client.disconnect();
    // The worker dies with the batch it holds, so no result of it can reach the emptied server: only the build's
    // resubmission can bring those articles back (a live worker could finish it after the restart, and nothing
    // would be missing).
    holder!.child.kill('SIGKILL');
    await holder!.exited;
    await server.restart(500);
    await workers(server.url(), 1);
    await expectWhole(building, 'emptied.json');
    expect(building.stderr).toMatch(/^a batch was missing from the queue .*; submitting it again$/m);
  });

  it('turns a batch that fails three times into a warning for each of its articles', async () => {
    const { server, client: admin } = await redisServer();
    // The dev corpus goes through a worker that can store results ...
    const [full] = await workers(server.url(), 1);
    const first = await run(['build', devArticlesDir, '--queue', server.url(), '--out', join(dir, 'dev-queue.json'), '--no-cache', '--no-layout']);
    expect(first.child.exitCode, first.stderr).toBe(0);
    await full!.stop();
    // ... then a worker whose Redis user may use the queue but not store results: its batches fail on every try.
    await admin.call('ACL', 'SETUSER', 'queue-only', 'on', '>queue-only-password', '~diplograph:extract-*', '&*', '+@all');
    const [limited] = await workers(server.url(0, 'queue-only:queue-only-password'), 1);
    const few = join(dir, 'few');
    writeCorpus(few, 5, { seed: 47 });
    const mixed = await run(['build', devArticlesDir, few, '--queue', server.url(), '--out', join(dir, 'mixed.json'), '--no-cache', '--no-layout']);
    expect(mixed.child.exitCode, mixed.stderr).toBe(0);
    const warnings = mixed.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(5);
    for (let n = 0; n < 5; n++) {
      expect(warnings[n]).toMatch(new RegExp(`^warning: ${few}/corpus-000\\.jsonl: article "gen-47-000000${n}": its batch failed on the queue's workers 3 times \\(NOPERM .*\\); skipped$`));
    }
    expect(mixed.stderr).toMatch(new RegExp(`: ${listDevArticles().length} articles, .*, 5 skipped, 5 warnings; ${listDevArticles().length} from the queue's store\\n`));
    // The worker logs the last failure once Redis has it, which the build may have seen and ended on first.
    expect(await limited!.waitFor(/^worker: batch [0-9a-f]{12} failed \(try 3 of 3\): NOPERM /m), limited!.stderr).toBe(true);
    expect(readFileSync(join(dir, 'mixed.json'), 'utf8')).toBe(readFileSync(join(dir, 'dev-queue.json'), 'utf8'));
    expect(limited!.stderr).not.toContain('queue-only-password');
  });
});
