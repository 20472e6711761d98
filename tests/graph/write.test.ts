// The streamed writer gives JSON.stringify's bytes, and replaces a file only whole: a writer that fails half way
// (or is killed) leaves the previous file as it was, and the next write clears what a killed one left behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomicWriter, documentChunks, writeAtomic, writeGraphDocument } from '../../src/graph/write.js';
import { devFragments } from './dev.js';
import { mergeDocuments } from '../../src/graph/merge.js';

const dir = () => mkdtempSync(join(tmpdir(), 'diplograph-write-'));

describe('documentChunks', () => {
  it('is JSON.stringify(doc, null, 2) and a newline, for the dev graph', async () => {
    const doc = mergeDocuments((await devFragments()).values());
    expect([...documentChunks(doc)].join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('is JSON.stringify(value, null, 2) and a newline, for any JSON object', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
      expect([...documentChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }), { numRuns: 300, seed: 6 });
  });
});

describe('writing atomically', () => {
  it('writes the document', async () => {
    const path = join(dir(), 'sub', 'graph.json');
    const doc = mergeDocuments((await devFragments()).values());
    writeGraphDocument(path, doc);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('keeps the previous file, and leaves no temporary file, when the writer fails half way', () => {
    const d = dir();
    const path = join(d, 'graph.json');
    writeFileSync(path, 'previous');
    function* failing(): Generator<string> {
      yield 'x'.repeat(3 << 20);
      throw new Error('disk full');
    }
    expect(() => writeAtomic(path, failing())).toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['graph.json']);
  });

  it('keeps the previous file until commit, and on abort', () => {
    const d = dir();
    const path = join(d, 'part.jsonl');
    writeFileSync(path, 'previous');
    const writer = new AtomicWriter(path);
    writer.write('new line\n'.repeat(200_000));
    expect(readFileSync(path, 'utf8')).toBe('previous');
    writer.abort();
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['part.jsonl']);
    const again = new AtomicWriter(path);
    again.write('new\n');
    again.commit();
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('removes temporary files of writers that died, not those of live ones', () => {
    const d = dir();
    const path = join(d, 'graph.json');
    // pid 2^22 + 7 is above Linux's pid_max default, so no process has it; ours is alive.
    const dead = join(d, `.graph.json.${2 ** 22 + 7}.0.tmp`);
    const live = join(d, `.graph.json.${process.ppid}.0.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'being written');
    writeGraphDocument(path, { a: 1 });
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
