// GraphML export: read back by graphology-graphml with the same counts and attributes, and by networkx when a
// Python with networkx is at hand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { devGraph } from '../graph/dev.js';

const networkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

describe('toGraphml on the dev graph', () => {
  let graph: DiploGraph;
  let text: string;
  beforeAll(async () => {
    graph = await devGraph();
    text = toGraphml(graph);
  });

  it('is read back by graphology-graphml with the same nodes, edges and attributes', () => {
    const back = graphml.parse(MultiDirectedGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('leader/Q7747')).toMatchObject({ label: 'Vladimir Putin', type: 'leader', x: graph.getNodeAttribute('leader/Q7747', 'x') });
    expect(back.getEdgeAttributes('phone_call|leader/Q5947347|leader/Q7747|2024-03-19')).toMatchObject({ type: 'phone_call', directed: false, date: '2024-03-19', sources: 1 });
  });

  it.skipIf(!networkx)('is read by networkx (python3 with networkx installed)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'diplograph-graphml-')), 'dev.graphml');
    writeFileSync(file, text);
    const script = 'import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges(), g.nodes["leader/Q7747"]["label"])';
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${graph.order} ${graph.size} Vladimir Putin`);
  });
});
