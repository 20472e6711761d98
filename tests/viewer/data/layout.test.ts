import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../../viewer/src/data/graph.js';
import { seedLayout } from '../../../viewer/src/data/layout.js';
import { fixtureDocument } from '../fixture.js';

describe('seeded layout for documents without positions', () => {
  it('places every node, the same way every time', () => {
    const a = fromDocument(fixtureDocument(), 'a.json');
    const b = fromDocument(fixtureDocument(), 'b.json');
    expect(a.getAttribute('positioned')).toBe(false);
    seedLayout(a);
    seedLayout(b);
    a.forEachNode((n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(b.getNodeAttributes(n)).toMatchObject({ x: attrs.x, y: attrs.y });
    });
  });

  it('keeps the positions a document gives', () => {
    const doc = fixtureDocument();
    doc.nodes = doc.nodes.map((n, i) => ({ ...n, x: i, y: -i }));
    const g = fromDocument(doc, 'placed.json');
    expect(g.getAttribute('positioned')).toBe(true);
    expect(g.getNodeAttributes('state/IND')).toMatchObject({ x: 6, y: -6 });
  });
});
