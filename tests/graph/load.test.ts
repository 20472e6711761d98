// loadGraph checks the file at the door: missing, not JSON, or not a valid graph document is an InputError
// naming the file and, for schema problems, the JSON pointer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadGraph } from '../../src/graph/load.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-load-'));

function failure(file: string): InputError {
  try {
    loadGraph(file);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('loadGraph did not throw');
}

describe('loadGraph', () => {
  it('names a missing file', () => {
    const e = failure(join(dir, 'missing.json'));
    expect(e.code).toBe('input');
    expect(e.file).toBe(join(dir, 'missing.json'));
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(dir, 'bad.json'), '{"format": ');
    expect(failure(join(dir, 'bad.json')).file).toBe(join(dir, 'bad.json'));
  });

  it('gives the JSON pointer of a schema problem', () => {
    const doc = {
      format: 'diplograph/1', articles: [],
      nodes: [{ id: 'leader/x', type: 'leader', label: 'X', aliases: [], provenance: [] }],
      edges: [{ id: 'e', type: 'phoned', source: 'leader/x', target: 'leader/x', directed: true, date: null, datePrecision: 'none', attributes: {}, sources: 1, provenance: [{ article: 'a', sentence: 0, start: 0, end: 1, quote: 'x' }] }],
    };
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify(doc));
    const e = failure(join(dir, 'invalid.json'));
    expect(e.pointer).toBe('/edges/0/type');
    expect(e.message).toContain(`${join(dir, 'invalid.json')}#/edges/0/type`);
  });
});
