// What `--queue redis://[user[:password]@]host[:port][/db]` (or `rediss://` for TLS) means to the Redis client,
// and the one function every message about a queue passes through: a URL's user and password never reach a log,
// the progress line, a warning, an error or the graph.
import type { RedisOptions } from 'ioredis';
import { UsageError } from '../errors.js';

/** A Redis server to connect to: the client's options and how to name the server in messages. */
export interface QueueTarget {
  /** host, port, db, username, password and, for `rediss://`, tls. */
  readonly options: RedisOptions;
  /** The URL without user or password, for messages. */
  readonly display: string;
}

/** Where a Redis password may come from instead of the URL (a command line is visible to other local users). */
export const PASSWORD_VARIABLE = 'DIPLOGRAPH_REDIS_PASSWORD';

// Any scheme, not only redis: a URL given to --queue by mistake (http://user:password@host) is a secret too. Up to
// the URL's last @, since a password typed with a raw slash or @ in it is no less secret for breaking the URL.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)\S*@/gi;

/** `text` with the user and password taken out of every URL in it (`redis://:secret@host` becomes `redis://host`). */
export function redactUrls(text: string): string {
  return text.replace(URL_USERINFO, '$1');
}

/**
 * Reads a queue URL: `redis://` or `rediss://` (TLS, the server's certificate checked against the host name),
 * port 6379 by default, database 0 unless a path gives another. A bad URL is a usage error whose message names the
 * URL without its password.
 */
export function parseQueueUrl(url: string, env: NodeJS.ProcessEnv = process.env): QueueTarget {
  // (The expected form is described without a user part, which redaction would take out of the message.)
  const bad = (why: string) => new UsageError(`--queue ${redactUrls(url)}: ${why}; expected redis://host[:port][/db], with any password before the host, or rediss:// for TLS`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad('not a URL');
  }
  const tls = parsed.protocol === 'rediss:';
  if (!tls && parsed.protocol !== 'redis:') throw bad(`scheme ${parsed.protocol} is not redis: or rediss:`);
  if (!parsed.hostname) throw bad('no host');
  const path = parsed.pathname.replace(/^\/+/, '');
  if (path !== '' && !/^\d+$/.test(path)) throw bad('the path must be a database number');
  if (parsed.search || parsed.hash) throw bad('no query or fragment is read');
  // IPv6 literals come bracketed from URL; the socket wants the bare address.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = parsed.port ? Number(parsed.port) : 6379;
  const db = path === '' ? 0 : Number(path);
  const username = decodeURIComponent(parsed.username);
  const password = parsed.password ? decodeURIComponent(parsed.password) : env[PASSWORD_VARIABLE];
  const options: RedisOptions = {
    host,
    port,
    db,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    // tls.connect checks the certificate against `host` (Node's default servername).
    ...(tls ? { tls: {} } : {}),
  };
  return { options, display: `${tls ? 'rediss' : 'redis'}://${parsed.host}${db ? `/${db}` : ''}` };
}
