// The document as a graph and back: nothing lost, and edges that name no node rejected with their pointer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { InputError } from '../../src/errors.js';
import { toDocument, toGraph } from '../../src/graph/document.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { devFragments } from './dev.js';

describe('toGraph and toDocument', () => {
  let doc: GraphDocument;
  beforeAll(async () => { doc = mergeDocuments((await devFragments()).values()); });

  it('round-trip a merged document to the same bytes', () => {
    const graph = toGraph(doc);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(JSON.stringify(toDocument(graph))).toBe(JSON.stringify(doc));
  });

  it('reject an edge whose endpoint is not a node, naming the pointer', () => {
    const broken = { ...doc, edges: [{ ...doc.edges[3]!, target: 'leader/nobody' }] };
    expect(() => toGraph(broken, 'g.json')).toThrow(InputError);
    try {
      toGraph(broken, 'g.json');
    } catch (e) {
      expect((e as InputError).file).toBe('g.json');
      expect((e as InputError).pointer).toBe('/edges/0/target');
    }
  });
});
