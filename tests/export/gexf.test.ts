// GEXF export: valid against the official GEXF 1.3 Relax NG (viz included), read back by graphology-gexf with
// the same counts, dynamic with dated edges' start/end, attributes declared.
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraph, type DiploGraph } from '../../src/graph/document.js';
import { devGraph } from '../graph/dev.js';
import { validateGexf } from './xmllint.js';


describe('toGexf on the dev graph', () => {
  let graph: DiploGraph;
  let text: string;
  beforeAll(async () => {
    graph = await devGraph();
    text = toGexf(graph);
  });

  it('validates against the official GEXF 1.3 Relax NG schema', async () => {
    const result = await validateGexf(text, 'dev.gexf');
    expect(result.output).toContain('validates');
    expect(result.valid, result.output).toBe(true);
    // The validator does reject: a node without its id, and a colour outside the viz namespace's range.
    expect((await validateGexf(text.replace(/<node id="[^"]*"/, '<node'), 'no-id.gexf')).valid).toBe(false);
    expect((await validateGexf(text.replace(/<viz:color r="\d+"/, '<viz:color r="300"'), 'bad-colour.gexf')).valid).toBe(false);
  });

  it('is read back by graphology-gexf with the same node and edge counts', () => {
    const back = gexf.parse(MultiGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const putin = back.getNodeAttributes('leader/Q7747');
    expect(putin).toMatchObject({ label: 'Vladimir Putin', type: 'leader', qid: 'Q7747' });
    expect(typeof putin['x']).toBe('number');
    expect(putin['size']).toBeGreaterThan(4);
  });

  it('is a dynamic graph whose dated edges carry their day as start and end', () => {
    expect(text).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/);
    const call = text.split('\n').find((l) => l.includes('<edge id="phone_call|leader/Q5947347|leader/Q7747|2024-03-19"'));
    expect(call).toBeDefined();
    expect(call).toContain('start="2024-03-19" end="2024-03-19"');
    expect(call).toContain('kind="phone_call"');
    expect(call).toContain('type="undirected"');
    const standing = text.split('\n').filter((l) => l.includes('<edge id="leader_of|'));
    expect(standing.length).toBeGreaterThan(0);
    expect(standing.every((l) => !l.includes(' start='))).toBe(true);
  });

  it('declares the attributes it writes: type, sources, CAMEO, first quote, URLs', () => {
    for (const name of ['type', 'sources', 'cameo', 'quote', 'urls', 'date', 'datePrecision']) {
      expect(text).toContain(`<attribute id="${name}" title="${name}"`);
    }
    const back = gexf.parse(MultiGraph, text);
    const call = back.getEdgeAttributes('phone_call|leader/Q5947347|leader/Q7747|2024-03-19');
    expect(call).toMatchObject({ kind: 'phone_call', cameo: '041', sources: 1 });
    expect(String(call['quote'])).toMatch(/phone call/);
    expect(String(call['urls'])).toContain('seed-putin-raisi-2024-03-19');
  });
});

describe('toGexf on awkward input', () => {
  it('spells month and year dates over the whole period, and escapes hostile text into valid XML', async () => {
    const prov = [{ article: 'a<&>"\'', sentence: 0, start: 0, end: 3, quote: 'say "<b>" & \u0001 \ud800 more\nlines' }] as const;
    const doc: GraphDocument = {
      format: 'diplograph/1',
      articles: [{ id: 'a<&>"\'', title: null, published: '2024-02-10', url: 'https://example.org/?a=1&b=<2>', sha256: 'a'.repeat(64) }],
      nodes: [
        { id: 'leader/x', type: 'leader', label: 'Mr <X> & "Y"', aliases: ['x]]>'], provenance: [...prov] },
        { id: 'state/AAA', type: 'state', label: 'Aaa\tland', aliases: [], provenance: [...prov] },
      ],
      edges: [
        { id: 'support|leader/x|state/AAA|2024-02', type: 'support', source: 'leader/x', target: 'state/AAA', directed: true, date: '2024-02-01', datePrecision: 'month', attributes: { trigger: '<backed>' }, sources: 1, provenance: [...prov] },
        { id: 'support|leader/x|state/AAA|2023', type: 'support', source: 'leader/x', target: 'state/AAA', directed: true, date: '2023-01-01', datePrecision: 'year', attributes: {}, sources: 1, provenance: [...prov] },
      ],
    };
    const text = toGexf(toGraph(doc));
    expect((await validateGexf(text, 'awkward.gexf')).valid).toBe(true);
    expect(text).toContain('start="2024-02-01" end="2024-02-29"');
    expect(text).toContain('start="2023-01-01" end="2023-12-31"');
    const back = gexf.parse(MultiGraph, text);
    expect(back.getNodeAttribute('leader/x', 'label')).toBe('Mr <X> & "Y"');
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
  });
});
