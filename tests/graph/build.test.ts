// buildGraph with a fragment cache: unchanged articles come from the cache, the result is the same bytes as
// without it, and a damaged entry or a different extractor fingerprint means extracting again.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { devArticlePath } from '../helpers/corpus.js';

const ARTICLES = ['seed-putin-raisi-2024-03-19', 'putin-aliyev-call-2024-12-28', 'erdogan-putin-call-2023-06-24'];

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-buildgraph-'));
  for (const a of ARTICLES) copyFileSync(devArticlePath(a), join(dir, `${a}.txt`));
  return dir;
}

const entries = (cache: string) => readdirSync(join(cache, 'fragments'), { recursive: true }).filter((f) => String(f).endsWith('.json'));

describe('buildGraph with a cache', () => {
  it('extracts each article once, then reads them back, with identical output', async () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    const clean = await buildGraph([dir], { cache: false });
    const first = await buildGraph([dir], { cache });
    const second = await buildGraph([dir], { cache });
    expect([clean.extracted, first.extracted, first.cached, second.extracted, second.cached]).toEqual([3, 3, 0, 0, 3]);
    expect(JSON.stringify(second.document)).toBe(JSON.stringify(clean.document));
    expect(JSON.stringify(first.document)).toBe(JSON.stringify(clean.document));
    expect(entries(cache)).toHaveLength(3);
  });

  it('extracts again under another extractor fingerprint, and prunes the old entries', async () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    await buildGraph([dir], { cache, layout: false });
    const other = await buildGraph([dir], { cache, layout: false, fingerprint: 'another extractor' });
    expect([other.extracted, other.cached, other.pruned]).toEqual([3, 0, 3]);
    expect(entries(cache)).toHaveLength(3);
  });

  it('extracts an article again when its entry is damaged', async () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    await buildGraph([dir], { cache, layout: false });
    const [entry] = entries(cache);
    writeFileSync(join(cache, 'fragments', String(entry)), '{"format": "diplograph-fragment-cache/1", "key": ');
    const again = await buildGraph([dir], { cache, layout: false });
    expect([again.extracted, again.cached]).toEqual([1, 2]);
  });
});
