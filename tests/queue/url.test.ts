import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseQueueUrl, PASSWORD_VARIABLE, redactUrls } from '../../src/queue/url.js';

describe('parseQueueUrl', () => {
  it('reads host, port and database, 6379 and 0 by default', () => {
    expect(parseQueueUrl('redis://queue.example', {}).options).toEqual({ host: 'queue.example', port: 6379, db: 0 });
    expect(parseQueueUrl('redis://10.0.0.7:6380/3', {}).options).toEqual({ host: '10.0.0.7', port: 6380, db: 3 });
    expect(parseQueueUrl('redis://[::1]:7000', {}).options).toMatchObject({ host: '::1', port: 7000 });
  });

  it('takes user and password from the URL, decoded, and names the server without them', () => {
    const target = parseQueueUrl('redis://builder:p%40ss%3Aword@queue.example:6380/2', {});
    expect(target.options).toMatchObject({ username: 'builder', password: 'p@ss:word' });
    expect(target.display).toBe('redis://queue.example:6380/2');
    expect(parseQueueUrl('redis://:only-password@queue.example', {}).options).toEqual({ host: 'queue.example', port: 6379, db: 0, password: 'only-password' });
  });

  it('takes the password from the environment when the URL has none', () => {
    expect(parseQueueUrl('redis://queue.example', { [PASSWORD_VARIABLE]: 'from-env' }).options.password).toBe('from-env');
    expect(parseQueueUrl('redis://:in-url@queue.example', { [PASSWORD_VARIABLE]: 'from-env' }).options.password).toBe('in-url');
  });

  it('turns rediss:// into a TLS connection, and redis:// into a plain one', () => {
    const tls = parseQueueUrl('rediss://:secret@queue.example:6380', {});
    expect(tls.options.tls).toEqual({});
    expect(tls.options).toMatchObject({ host: 'queue.example', port: 6380 });
    expect(tls.display).toBe('rediss://queue.example:6380');
    expect(parseQueueUrl('redis://queue.example', {}).options.tls).toBeUndefined();
  });

  it('refuses what is not a Redis URL with a usage error that does not repeat the password', () => {
    for (const url of ['http://user:secret@queue.example', 'queue.example:6379', 'redis://:secret@queue.example/name', 'redis://:secret@queue.example/1?timeout=2', 'redis://:se/cret@queue.example']) {
      let error: unknown;
      try {
        parseQueueUrl(url, {});
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(UsageError);
      expect((error as Error).message).not.toContain('secret');
    }
  });
});

describe('redactUrls', () => {
  it('takes user and password out of every URL in a text, leaving the rest', () => {
    expect(redactUrls('cannot reach redis://:s3cret@10.0.0.7:6379/1 or rediss://admin:pw@cache.example')).toBe('cannot reach redis://10.0.0.7:6379/1 or rediss://cache.example');
    expect(redactUrls('see http://user:pw@example.com/path and REDIS://:x@h')).toBe('see http://example.com/path and REDIS://h');
    expect(redactUrls('redis://queue.example:6379 is fine; so is a@b.example')).toBe('redis://queue.example:6379 is fine; so is a@b.example');
    // Typed without percent-encoding, a password may hold / or @: all of it goes.
    expect(redactUrls('--queue redis://:pa/ss@w@rd@queue.example: no host')).toBe('--queue redis://queue.example: no host');
  });
});
