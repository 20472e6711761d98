import { beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { toGraphologyJson } from '../../src/export/json.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { devGraph } from '../graph/dev.js';

describe('toGraphologyJson', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it('is read back by Graph.from with the same nodes, edges and attributes', () => {
    const back = Graph.from(JSON.parse(toGraphologyJson(graph)));
    expect([back.order, back.size, back.type, back.multi]).toEqual([graph.order, graph.size, 'directed', true]);
    expect(back.getNodeAttributes('leader/Q7747')).toEqual(graph.getNodeAttributes('leader/Q7747'));
    expect(back.getAttribute('articles')).toHaveLength(25);
  });
});
