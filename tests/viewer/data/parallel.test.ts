import { describe, expect, it } from 'vitest';
import { fromDocument } from '../../../viewer/src/data/graph.js';
import { parallelCurvatures } from '../../../viewer/src/data/parallel.js';
import { fixtureDocument } from '../fixture.js';

describe('parallel edge curvatures', () => {
  // Q1 and Q2 share three edges: call-1 and meet-1 drawn Q1 → Q2, meet-2 drawn Q2 → Q1.
  const curvatures = parallelCurvatures(fromDocument(fixtureDocument(), 'fixture.json'), 0.25);

  it('curves only edges that share their pair, leaving the middle one of an odd group straight', () => {
    expect([...curvatures.keys()].sort()).toEqual(['call-1', 'meet-2']);
  });

  it('bends the outer two to opposite sides of the pair, whichever way each is drawn', () => {
    // The program bends relative to each edge's own source → target; seen from Q1 → Q2, meet-2's bend flips.
    const call = curvatures.get('call-1')!;
    const meet = -curvatures.get('meet-2')!;
    expect(Math.sign(call)).toBe(-Math.sign(meet));
    expect(Math.abs(call)).toBeCloseTo(Math.abs(meet));
  });
});
