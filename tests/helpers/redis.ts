// Redis for the queue tests (bench/redis.ts: a redis-server of their own, diplograph processes around it, here the
// command line compiled once per run, as tests/helpers/cli.ts runs it). Without redis-server on the machine the
// tests that need it are skipped, with a line saying so.
import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { useCompiledCli } from '../../bench/redis.js';
import { TIME_SCALE_VARIABLE } from '../../src/queue/times.js';

export { Command, freePort, RedisServer, run, startWorkers } from '../../bench/redis.js';

// The queue's waits at a fifth (a killed worker's batches taken over within 3 s, not 15; a build waiting for a worker
// says so after 2 s, not 10), so that the tests see faults handled instead of waiting them out.
useCompiledCli(inject('compiledCli'), { [TIME_SCALE_VARIABLE]: '0.2' });

/** Whether redis-server can be run here; when not, says which tests are skipped (`describe.skipIf(!haveRedis(...))`). */
export function haveRedis(what: string): boolean {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found) console.warn(`SKIPPED ${what}: redis-server is not installed (apt-get install redis-server)`);
  return found;
}
