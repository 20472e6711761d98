// The fragment cache of incremental builds: one file per extracted article, named by the sha256 of the
// extractor's fingerprint and everything the article gives extraction (its text's hash, id, file, url, title,
// publication date). A new or changed article misses and is extracted; the rest are read back. Entries are
// written atomically; a build prunes the entries it did not use, so the folder holds one corpus' fragments.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { schemaProblems } from '../document/validate.js';
import type { SourceArticle } from '../extract/read/types.js';
import { writeFileAtomic } from '../io/atomic-write.js';

/** What one article's extraction left: its fragment (absent when it failed validation) and warnings. */
export interface CachedExtraction {
  readonly fragment?: GraphDocument;
  readonly warnings: readonly Warning[];
}

const FORMAT = 'diplograph-fragment-cache/1';
const ENTRY_RE = /^[0-9a-f]{64}\.json$/;
// The standard cache-folder tag (https://bford.info/cachedir/), so backup tools pass the folder over.
const TAG = 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache of diplograph fragments; it can be deleted.\n';

/** The cache key of an article under an extractor fingerprint. */
export function extractionKey(article: SourceArticle, fingerprint: string): string {
  const facts = [article.id, article.file ?? null, article.url ?? null, article.title, article.published,
    article.publishedBasis, article.body.start, article.body.end, article.sha256];
  return createHash('sha256').update(`${FORMAT}\u0000${fingerprint}\u0000${JSON.stringify(facts)}`).digest('hex');
}

export class FragmentCache {
  readonly dir: string;
  private readonly entries: string;
  private readonly used = new Set<string>();
  /** The folder and its CACHEDIR.TAG exist (checked at the first write). */
  private ready = false;
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.entries = join(dir, 'fragments');
  }

  private path(key: string): string {
    return join(this.entries, key.slice(0, 2), `${key}.json`);
  }

  /** The cached extraction for `key`; undefined when absent or unreadable (a damaged entry is extracted again). */
  get(key: string): CachedExtraction | undefined {
    this.used.add(key);
    const path = this.path(key);
    if (!existsSync(path)) { this.misses++; return undefined; }
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; key?: string; fragment?: unknown; warnings?: unknown };
      const valid = entry.format === FORMAT && entry.key === key && Array.isArray(entry.warnings)
        && (entry.fragment === undefined || schemaProblems('graph', entry.fragment).length === 0);
      if (valid) {
        this.hits++;
        return { ...(entry.fragment !== undefined ? { fragment: entry.fragment as GraphDocument } : {}), warnings: entry.warnings as Warning[] };
      }
    } catch (error) {
      // A truncated or foreign file: treated as a miss below and overwritten after extraction.
      if (!(error instanceof SyntaxError)) throw error;
    }
    this.misses++;
    return undefined;
  }

  set(key: string, value: CachedExtraction): void {
    this.write(key, `${JSON.stringify({ format: FORMAT, key, ...value })}\n`);
  }

  /** `set` for a fragment already in JSON text (as workers send it): the same bytes, without parsing it again. */
  setSerialized(key: string, fragment: string | undefined, warnings: readonly Warning[]): void {
    const head = JSON.stringify({ format: FORMAT, key }).slice(0, -1);
    this.write(key, `${head}${fragment !== undefined ? `,"fragment":${fragment}` : ''},"warnings":${JSON.stringify(warnings)}}\n`);
  }

  private write(key: string, text: string): void {
    this.used.add(key);
    if (!this.ready) {
      if (!existsSync(this.dir)) {
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(join(this.dir, 'CACHEDIR.TAG'), TAG);
      }
      this.ready = true;
    }
    writeFileAtomic(this.path(key), text);
  }

  /** Deletes the entries this run neither read nor wrote; returns how many. Touches only files named like entries. */
  prune(): number {
    if (!existsSync(this.entries)) return 0;
    let removed = 0;
    for (const shard of readdirSync(this.entries)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const dir = join(this.entries, shard);
      for (const name of readdirSync(dir)) {
        if (!ENTRY_RE.test(name) || this.used.has(name.slice(0, 64))) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    }
    return removed;
  }
}
