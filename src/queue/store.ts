// The queue's store: each article's extraction, as a queue worker left it, under the article's extraction key (a
// hash of everything extraction reads of the article and of the extractor's fingerprint, as in the fragment cache).
// A build reads its batches' results from here, and a later build of an unchanged article reads it instead of
// queueing the article again. Values are deflated: fragment JSON repeats its keys, ids and quotes, and Redis keeps
// everything in memory.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Warning } from '../document/types.gen.js';
import type { ExtractedArticle } from '../parallel/protocol.js';

const PREFIX = 'diplograph:fragment:';

/** A stored result lives this long after it was last read or written: long enough to rebuild a corpus again. */
export const RESULT_TTL_SECONDS = 30 * 86_400;

/**
 * A failed extraction is stored only for the build that waits on it, which deletes it once read: like the fragment
 * cache, the store never keeps a failure, so the next build tries the article again. The expiry covers a build
 * that stopped first.
 */
export const FAILED_TTL_SECONDS = 86_400;

/** The Redis key of an article's stored extraction. */
export function resultKey(extractionKey: string): string {
  return `${PREFIX}${extractionKey}`;
}

interface Head {
  readonly warnings: readonly Warning[];
  readonly failed?: true;
}

/** A result as stored: a line of JSON (warnings, whether it failed), then the fragment's own JSON text, deflated. */
export function encodeResult(result: ExtractedArticle): Buffer {
  const head: Head = { warnings: result.warnings, ...(result.failed ? { failed: true } : {}) };
  return deflateRawSync(`${JSON.stringify(head)}\n${result.fragment ?? ''}`);
}

/** A stored result read back, marked as extracted `by` the queue (this run) or the store (an earlier one). */
export function decodeResult(value: Buffer, by: 'queue' | 'store'): ExtractedArticle {
  const text = inflateRawSync(value).toString('utf8');
  const cut = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, cut)) as Head;
  const fragment = text.slice(cut + 1);
  return { warnings: head.warnings, by, ...(fragment ? { fragment } : {}), ...(head.failed ? { failed: true } : {}) };
}
