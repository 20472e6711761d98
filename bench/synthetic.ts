// A seeded synthetic graph document for the viewer benchmark: the size of a large corpus, shaped like a real
// graph (communities, hubs, dated events and undated standing relations), with positions as the build gives them.
import type { Edge, EdgeType, GraphDocument, Node, NodeType } from '../src/document/types.gen.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded graph shaped like a real one: communities laid out as blobs, most edges inside a community. */
export function syntheticDocument(nodeCount: number, edgeCount: number, seed = 7): GraphDocument {
  const r = random(seed);
  const pick = <T>(items: readonly (readonly [T, number])[]): T => {
    let x = r() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const nodeTypes: [NodeType, number][] = [['leader', 4], ['state', 2], ['bloc', 1], ['agreement', 3]];
  const edgeTypes: [EdgeType, number][] = [['meeting', 5], ['phone_call', 3], ['congratulation', 2], ['shared_stance', 1], ['signed', 2],
    ['party_to', 3], ['member_of', 3], ['leader_of', 2], ['condemnation', 1], ['support', 1]];
  const communities = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2.5));
  const centres = Array.from({ length: communities }, () => ({ x: (r() - 0.5) * 2000, y: (r() - 0.5) * 2000 }));
  const articles = Array.from({ length: Math.ceil(edgeCount / 10) }, (_, i) => ({
    id: `article-${i}`, title: `Synthetic article ${i}`, published: `20${15 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    url: `https://news.example/${i}`, sha256: '0'.repeat(64),
  }));
  const nodes: Node[] = [];
  const byCommunity: string[][] = centres.map(() => []);
  for (let i = 0; i < nodeCount; i++) {
    const type = pick(nodeTypes);
    const c = Math.floor(r() * communities);
    const id = `${type}/Q${100000 + i}`;
    const angle = r() * 2 * Math.PI;
    const dist = Math.sqrt(-2 * Math.log(r() + 1e-12)) * 60;
    nodes.push({
      id, type, label: `${type[0]!.toUpperCase()}${type.slice(1)} ${i}`, aliases: r() < 0.5 ? [`Alias ${i}`] : [],
      x: Math.round(centres[c]!.x + dist * Math.cos(angle)), y: Math.round(centres[c]!.y + dist * Math.sin(angle)), provenance: [],
    });
    byCommunity[c]!.push(id);
  }
  const edges: Edge[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const c = Math.floor(r() * communities);
    const members = byCommunity[c]!.length > 1 ? byCommunity[c]! : nodes.map((n) => n.id);
    // Preferential attachment within the community (squared draw favours its first members) gives hubs.
    const source = members[Math.floor(r() ** 2 * members.length)]!;
    const other = r() < 0.9 ? members : byCommunity[Math.floor(r() * communities)]!;
    let target = other[Math.floor(r() * other.length)] ?? source;
    if (target === source) target = nodes[(nodes.findIndex((n) => n.id === source) + 1) % nodes.length]!.id;
    const type = pick(edgeTypes);
    const dated = !['member_of', 'leader_of', 'party_to'].includes(type);
    const article = articles[i % articles.length]!;
    const date = dated ? `20${15 + Math.floor(r() * 10)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : null;
    edges.push({
      id: `e${i}`, type, source, target, directed: !['phone_call', 'meeting', 'shared_stance'].includes(type),
      date, datePrecision: date ? 'day' : 'none', attributes: {}, sources: 1 + Math.floor(-Math.log(r() + 1e-12)),
      provenance: [{ article: article.id, sentence: 0, start: 0, end: 20, quote: `Quote for relation ${i}.` }],
    });
  }
  return { format: 'diplograph/1', articles, nodes, edges };
}

