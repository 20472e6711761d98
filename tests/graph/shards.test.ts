// The reduce step's reader and mergeFiles: fragment lines are checked one by one (a bad line is a warning with its
// file and line, and is skipped), whole graph documents merge like fragments, folders are read sorted, and any
// split of the fragments into files merges to the same document as mergeDocuments.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { InputError } from '../../src/errors.js';
import { layoutDocument } from '../../src/graph/layout.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { mergeFiles, readFragmentLine, readShards, type ShardItem } from '../../src/graph/shards.js';
import { devFragments } from './dev.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-shards-'));
const lines = (docs: readonly GraphDocument[]) => docs.map((d) => `${JSON.stringify(d)}\n`).join('');

async function all(paths: readonly string[]): Promise<ShardItem[]> {
  const out: ShardItem[] = [];
  for await (const item of readShards(paths)) out.push(item);
  return out;
}

describe('readFragmentLine', () => {
  it('reads a valid fragment, and nothing from a blank line', async () => {
    const [fragment] = (await devFragments()).values();
    expect(readFragmentLine(JSON.stringify(fragment), 'part.jsonl', 1)).toEqual({ document: fragment, warnings: [] });
    expect(readFragmentLine('  ', 'part.jsonl', 2)).toBeNull();
  });

  it('warns about a line that is not JSON, or not a fragment, with its file, line and pointer', () => {
    expect(readFragmentLine('{"format": ', 'part.jsonl', 3)?.warnings).toMatchObject([{ code: 'bad_record', file: 'part.jsonl', line: 3 }]);
    const wrong = readFragmentLine('{"format": "diplograph/1", "articles": [], "nodes": [], "edges": [{"id": "e"}]}', 'part.jsonl', 4);
    expect(wrong?.document).toBeUndefined();
    expect(wrong?.warnings).toMatchObject([{ code: 'invalid_fragment', file: 'part.jsonl', line: 4, pointer: '/edges/0' }]);
  });
});

describe('readShards and mergeFiles', () => {
  let fragments: GraphDocument[];
  let merged: GraphDocument;
  beforeAll(async () => {
    fragments = [...(await devFragments()).values()];
    merged = mergeDocuments(fragments);
  });

  it('merges fragment files, graph files and folders into what mergeDocuments gives', async () => {
    const shards = join(dir, 'shards');
    mkdirSync(join(shards, 'more'), { recursive: true });
    writeFileSync(join(shards, 'b.jsonl'), lines(fragments.slice(0, 10)));
    writeFileSync(join(shards, 'more', 'a.jsonl'), lines(fragments.slice(10, 20)));
    // A graph document of the rest, pretty-printed, laid out, and with a name that says nothing.
    writeFileSync(join(shards, 'more', 'rest.json'), JSON.stringify(layoutDocument(mergeDocuments(fragments.slice(20))), null, 2));
    writeFileSync(join(shards, 'notes.txt'), 'not a shard');
    const result = await mergeFiles([shards], { layout: false });
    expect(result.warnings).toEqual([]);
    expect(result.documents).toBe(21);
    expect(JSON.stringify(result.document)).toBe(JSON.stringify(merged));
    const laid = await mergeFiles([shards]);
    expect(JSON.stringify(laid.document)).toBe(JSON.stringify(layoutDocument(merged)));
  });

  it('tells a pretty-printed graph from fragment lines without an extension to go by', async () => {
    const graph = join(dir, 'graph.out');
    const part = join(dir, 'part.out');
    writeFileSync(graph, JSON.stringify(merged, null, 2));
    writeFileSync(part, lines(fragments));
    const items = await all([graph, part]);
    expect(items).toHaveLength(1 + fragments.length);
    expect(items.every((i) => i.document && i.warnings.length === 0)).toBe(true);
  });

  it('skips bad lines and unusable files with a warning each (a missing one only with keepGoing), and merges the rest', async () => {
    const part = join(dir, 'bad.jsonl');
    writeFileSync(part, `${JSON.stringify(fragments[0])}\n{"format": \n\n${JSON.stringify({ ...fragments[1], nodes: 'none' })}\n${JSON.stringify(fragments[2])}\n`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "diplograph/1", "articles": [');
    await expect(mergeFiles([part, broken, join(dir, 'missing.jsonl')], { layout: false })).rejects.toMatchObject({ file: join(dir, 'missing.jsonl') });
    const result = await mergeFiles([part, broken, join(dir, 'missing.jsonl')], { layout: false, keepGoing: true });
    expect(result.warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ['bad_record', part, 2], ['invalid_fragment', part, 4], ['bad_record', broken, undefined], ['unreadable', join(dir, 'missing.jsonl'), undefined],
    ]);
    expect(result.documents).toBe(2);
    expect(result.skipped).toBe(4);
    expect(JSON.stringify(result.document)).toBe(JSON.stringify(mergeDocuments([fragments[0]!, fragments[2]!])));
  });

  it('stops at the first warning when strict, naming its file and line', async () => {
    const part = join(dir, 'strict.jsonl');
    writeFileSync(part, `${JSON.stringify(fragments[0])}\nnot json\n`);
    await expect(mergeFiles([part], { strict: true })).rejects.toThrow(InputError);
    await expect(mergeFiles([part], { strict: true })).rejects.toMatchObject({ file: part, line: 2 });
  });
});
