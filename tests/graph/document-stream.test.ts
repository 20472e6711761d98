// The piecewise reader of large graph files: whatever pieces the text comes in, it gives what JSON.parse gives,
// and rejects what JSON.parse rejects with a SyntaxError; readGraphDocument takes it for files above a size.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readLargeJsonObject, TopLevelParser, type TopLevelEvent } from '../../src/graph/document-stream.js';
import { readGraphDocument } from '../../src/graph/load.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { devFragments } from './dev.js';

/** Feeds `text` in pieces of the given sizes (cycled) and rebuilds the object from the events. */
function parseInPieces(text: string, sizes: readonly number[]): Record<string, unknown> {
  const parser = new TopLevelParser();
  const result: Record<string, unknown> = {};
  let array: unknown[] = [];
  const apply = (events: readonly TopLevelEvent[]) => {
    for (const e of events) {
      if (e.kind === 'value') result[e.key] = e.value;
      else if (e.kind === 'array') result[e.key] = array = [];
      else array.push(e.item);
    }
  };
  for (let i = 0, k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length]!;
    apply(parser.push(text.slice(i, i + n)));
    i += n;
  }
  apply(parser.end());
  return result;
}

const pieces = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 });

describe('TopLevelParser', () => {
  it('gives what JSON.parse gives, compact or indented, in any pieces', () => {
    const object = fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue());
    fc.assert(fc.property(object, fc.boolean(), pieces, (value, indented, sizes) => {
      const text = JSON.stringify(value, null, indented ? 2 : undefined);
      expect(JSON.stringify(parseInPieces(text, sizes))).toBe(JSON.stringify(JSON.parse(text)));
    }), { numRuns: 500, seed: 11 });
  });

  it('rejects text that is not one JSON object with a SyntaxError', () => {
    for (const bad of ['', '[1]', '{"a":', '{"a" 1}', '{"a":[1,2}', '{"a":1}x', '{"a":[{"b":1]}]}', '{"a":tru}', '{"a":"unterminated}']) {
      expect(() => parseInPieces(bad, [3]), bad).toThrow(SyntaxError);
    }
  });
});

describe('readGraphDocument piece by piece', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-stream-'));

  it('reads the same document as the whole-text path', async () => {
    const doc = mergeDocuments((await devFragments()).values());
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    expect(JSON.stringify(readGraphDocument(file, { streamAbove: 0 }))).toBe(JSON.stringify(readGraphDocument(file)));
    expect(JSON.stringify(readLargeJsonObject(file))).toBe(JSON.stringify(doc));
  });

  it('names the file of text that is not JSON, as the whole-text path does', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format": "diplograph/1", "articles": [');
    expect(() => readGraphDocument(file, { streamAbove: 0 })).toThrow(InputError);
    try {
      readGraphDocument(file, { streamAbove: 0 });
    } catch (error) {
      expect((error as InputError).file).toBe(file);
    }
  });

  it('keeps a "__proto__" key as data', () => {
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"__proto__": {"polluted": true}, "a": [1]}');
    const value = readLargeJsonObject(file);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
  });
});
