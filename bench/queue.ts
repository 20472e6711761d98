// `npm run bench` (last): builds spread over a Redis queue against a local build, on one generated corpus, in one run.
// A redis-server of its own (bench/redis.ts) on this machine; for 1, 2 and 4 worker processes of one thread each
// (`diplograph worker --concurrency 1`, started and idle beforehand, as a standing fleet would be) it times
// `diplograph build --queue` from start to graph written, and checks that the graph equals the local build's byte for
// byte. Then a build of the same corpus again, every fragment read back from the store; and Redis's memory per
// article, measured (used_memory after a run less before it, the store holding that run's fragments) and scaled to a
// million articles.
//
//   BENCH_QUEUE_ARTICLES=10000 BENCH_DIR=/tmp/x npx tsx bench/queue.ts   (npm run bench:queue)
// Without redis-server on the machine it says so and measures nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { writeCorpus } from './corpus.js';
import { type Command, RedisServer, run, startWorkers } from './redis.js';

const SEED = 1;
const now = () => performance.now() / 1000;
const int = (n: number) => Math.round(n).toLocaleString('en');
/** The machine's load (one-minute average), since other work on it changes every figure. */
const load = () => loadavg()[0]!.toFixed(1);

async function timedBuild(args: readonly string[]): Promise<number> {
  const t0 = now();
  const command = await run(['build', ...args, '--no-cache', '--no-layout', '--quiet']);
  if (command.child.exitCode !== 0) throw new Error(`queue bench: build ${args.join(' ')} failed:\n${command.stderr}`);
  return now() - t0;
}

async function usedMemory(client: Redis): Promise<number> {
  return Number(/^used_memory:(\d+)/m.exec(await client.info('memory'))?.[1]);
}

async function main(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('queue bench: redis-server is not installed (apt-get install redis-server); nothing measured');
    return;
  }
  const n = Number(process.env['BENCH_QUEUE_ARTICLES'] ?? 10_000);
  const base = process.env['BENCH_DIR'] ?? join(tmpdir(), 'diplograph-bench');
  const corpus = join(base, `queue-corpus-${n}-seed${SEED}`);
  if (!existsSync(join(corpus, 'complete'))) {
    rmSync(corpus, { recursive: true, force: true });
    writeCorpus(join(corpus, 'articles'), n, { seed: SEED, perFile: Math.ceil(n / 10) });
    writeFileSync(join(corpus, 'complete'), '');
  }
  const articles = join(corpus, 'articles');
  const work = join(base, `queue-run-${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  const redis = await RedisServer.start();
  const client = new Redis({ port: redis.port });
  const version = /^redis_version:(\S+)/m.exec(await client.info('server'))?.[1];
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, node ${process.version}, Redis ${version}`);
  console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
  console.log(`corpus: ${int(n)} generated articles; builds without layout or cache, wall time with start-up; load average ${load()}\n`);
  try {
    const local = await timedBuild([articles, '--jobs', String(cpus().length), '--out', join(work, 'local.json')]);
    const reference = readFileSync(join(work, 'local.json'));
    console.log(`local build --jobs ${cpus().length}`.padEnd(36) + `${local.toFixed(1).padStart(6)} s  ${int(n / local)} articles/s`);
    const rows = [`| local \`build --jobs ${cpus().length}\` | ${local.toFixed(1)} s | ${int(n / local)} | 1.00 |`];
    let perArticle = 0;
    for (const count of [1, 2, 4]) {
      await client.flushall();
      const before = await usedMemory(client);
      const workers: Command[] = await startWorkers(redis.url(), count);
      try {
        const seconds = await timedBuild([articles, '--queue', redis.url(), '--out', join(work, `queue-${count}.json`)]);
        if (readFileSync(join(work, `queue-${count}.json`)).compare(reference) !== 0) throw new Error(`queue bench: the build on ${count} workers differs from the local build`);
        perArticle = ((await usedMemory(client)) - before) / n;
        const label = `${count} worker${count === 1 ? '' : 's'}`;
        console.log(`build --queue, ${label}`.padEnd(36) + `${seconds.toFixed(1).padStart(6)} s  ${int(n / seconds)} articles/s  ${(local / seconds).toFixed(2)}x local`);
        rows.push(`| \`build --queue\`, ${label} | ${seconds.toFixed(1)} s | ${int(n / seconds)} | ${(local / seconds).toFixed(2)} |`);
        if (count === 4) {
          const again = await timedBuild([articles, '--queue', redis.url(), '--out', join(work, 'again.json')]);
          console.log('build --queue again, from the store'.padEnd(36) + `${again.toFixed(1).padStart(6)} s  ${int(n / again)} articles/s  ${(local / again).toFixed(2)}x local`);
          rows.push(`| the same corpus again (every fragment from the store) | ${again.toFixed(1)} s | ${int(n / again)} | ${(local / again).toFixed(2)} |`);
        }
      } finally {
        await Promise.all(workers.map((w) => w.stop('SIGTERM')));
      }
    }
    console.log(`\nload average at the end: ${load()}`);
    console.log(`Redis memory: ${int(perArticle)} bytes per article stored, about ${(perArticle * 1e6 / 2 ** 30).toFixed(1)} GiB per million articles`);
    console.log('\n| run | time | articles/s | ratio to local |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
  } finally {
    client.disconnect();
    await redis.dispose();
  }
}

await main();
