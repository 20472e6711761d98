import { describe, expect, it } from 'vitest';
import { fromDocument, LoadError } from '../../../viewer/src/data/graph.js';
import { fixtureDocument } from '../fixture.js';

describe('document to viewer graph', () => {
  it('keeps the document\'s fields as attributes and directedness as graph structure', () => {
    const g = fromDocument(fixtureDocument(), 'fixture.json');
    expect(g.getNodeAttributes('leader/Q4')).toMatchObject({ type: 'leader', label: 'Recep Tayyip Erdoğan' });
    expect(g.isDirected('congr-1')).toBe(true);
    expect(g.isUndirected('call-1')).toBe(true);
  });

  it('refuses an edge to a node the file does not have, naming both', () => {
    const doc = fixtureDocument();
    doc.edges[0]!.target = 'leader/Q99';
    expect(() => fromDocument(doc, 'dangling.json')).toThrow(LoadError);
    expect(() => fromDocument(doc, 'dangling.json')).toThrow(/call-1.*leader\/Q99/);
  });

  it('refuses a node id given twice', () => {
    const doc = fixtureDocument();
    doc.nodes.push({ ...doc.nodes[0]! });
    expect(() => fromDocument(doc, 'twice.json')).toThrow(/appears twice/);
  });
});
