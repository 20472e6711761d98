// The layout is deterministic: the same graph gives the same positions whatever order it was built in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { toGraph } from '../../src/graph/document.js';
import { hasLayout, layout, layoutDocument } from '../../src/graph/layout.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { devFragments } from './dev.js';

describe('layout', () => {
  let doc: GraphDocument;
  beforeAll(async () => { doc = mergeDocuments((await devFragments()).values()); });

  it('gives every node finite, rounded positions, the same on every run', () => {
    const first = layout(toGraph(doc));
    expect(Object.keys(first).sort()).toEqual(doc.nodes.map((n) => n.id));
    for (const p of Object.values(first)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(Math.round(p.x * 100) / 100).toBe(p.x);
    }
    expect(layout(toGraph(doc))).toEqual(first);
  });

  it('does not depend on the order nodes and edges were added', () => {
    const reversed = { ...doc, nodes: [...doc.nodes].reverse(), edges: [...doc.edges].reverse() };
    expect(layout(toGraph(reversed))).toEqual(layout(toGraph(doc)));
  });

  it('changes with the seed, and assign writes the positions into the nodes', () => {
    expect(layout(toGraph(doc), { seed: 2 })).not.toEqual(layout(toGraph(doc)));
    const graph = toGraph(doc);
    expect(hasLayout(graph)).toBe(false);
    layout.assign(graph, { iterations: 10 });
    expect(hasLayout(graph)).toBe(true);
  });

  it('lays a document out as it lays out its graph, without building one', () => {
    const positions = layout(toGraph(doc));
    const laid = layoutDocument(doc);
    expect(laid.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    for (const n of laid.nodes) expect({ x: n.x, y: n.y }).toEqual(positions[n.id]);
    expect(laid.edges).toBe(doc.edges);
    expect(doc.nodes.some((n) => n.x !== undefined)).toBe(false);
  });
});
