// Connections to the queue's Redis. A run first checks that the server answers, and stops within seconds with one
// line when nothing listens there, the host is unknown or the password is refused; then it keeps connections that
// reconnect by themselves, so that a Redis restart mid-run is waited out rather than fatal.
import type { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { DiplographError } from '../errors.js';
import { redactUrls, type QueueTarget } from './url.js';

/** A connection attempt that takes longer has failed (a host that drops packets never refuses). */
const CONNECT_TIMEOUT_MS = 3000;

/** GETEX, which reads a stored result and extends its life in one command, came with Redis 6.2. */
const MINIMUM_VERSION = [6, 2] as const;

/** The first line of an error's message, without passwords. */
export function errorLine(error: unknown): string {
  return redactUrls((error instanceof Error ? error.message : String(error)).split('\n')[0]!);
}

/** A run-stopping error about the queue's server, one line naming it. */
export function queueError(target: QueueTarget, what: string, error?: unknown): DiplographError {
  return new DiplographError('input', `${target.display}: ${what}${error === undefined ? '' : `: ${errorLine(error)}`}`);
}

function versionBelow(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const part = parts[i] ?? 0;
    if (part !== minimum[i]) return part < minimum[i]!;
  }
  return false;
}

/** Connects once, without retrying, and checks the server's version; returns it. Throws a DiplographError. */
export async function checkServer(target: QueueTarget): Promise<string> {
  const client = new Redis({
    ...target.options, lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, retryStrategy: () => null,
    maxRetriesPerRequest: 0, enableOfflineQueue: false,
  });
  let cause: unknown;
  // The connection's own error event says why it failed (the promise may only say the connection closed).
  client.on('error', (error: unknown) => { cause ??= error; });
  try {
    await client.connect();
    const info = await client.info('server');
    const version = /^redis_version:(\S+)/m.exec(info)?.[1] ?? '0';
    if (versionBelow(version, MINIMUM_VERSION)) throw queueError(target, `Redis ${version} is too old; the queue needs Redis ${MINIMUM_VERSION.join('.')} or later`);
    return version;
  } catch (error) {
    if (error instanceof DiplographError) throw error;
    throw queueError(target, 'cannot use the queue', cause ?? error);
  } finally {
    client.disconnect();
  }
}

/**
 * Tells `log` once when the connection is lost (an error of `client` or of the BullMQ objects on it) and once when it
 * is back, however many errors come in between; those events also keep an error from going unhandled.
 */
export function reportOutages(client: Redis, users: readonly EventEmitter[], display: string, log: (line: string) => void, prefix = ''): void {
  let down = false;
  const lost = (error: unknown) => {
    if (down) return;
    down = true;
    log(`${prefix}lost the connection to ${display} (${errorLine(error)}); reconnecting`);
  };
  for (const emitter of [client, ...users]) emitter.on('error', lost);
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log(`${prefix}reconnected to ${display}`);
  });
}

/**
 * A connection that reconnects by itself and holds commands until it is back. With `giveUpAfter`, it gives up after
 * that many attempts in a row (about one a second) and fails what it holds; without, it tries for ever, as a
 * worker should. BullMQ requires `maxRetriesPerRequest: null` of the connections its workers block on.
 */
export function openConnection(target: QueueTarget, giveUpAfter?: number): Redis {
  return new Redis({
    ...target.options,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => (giveUpAfter !== undefined && attempt > giveUpAfter ? null : Math.min(attempt * 100, 1000)),
  });
}
