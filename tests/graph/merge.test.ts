// mergeDocuments on the dev corpus' fragments: one edge per event reported by several articles of a gold cluster,
// with all their sources; the result independent of order and grouping; and the reconciliation rules on small
// fragments written here.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edge, GraphDocument, Node } from '../../src/document/types.gen.js';
import { schemaProblems } from '../../src/document/validate.js';
import { loadGold, type GoldArticle } from '../../src/eval/gold.js';
import { fold } from '../../src/extract/text/fold.js';
import { GraphMerger, mergeDocuments } from '../../src/graph/merge.js';
import { devDir } from '../helpers/corpus.js';
import { devFragments } from './dev.js';

const json = (doc: GraphDocument) => JSON.stringify(doc);
const SYMMETRIC = new Set(['phone_call', 'meeting', 'shared_stance']);

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('mergeDocuments on the dev corpus', () => {
  let fragments: GraphDocument[];
  let merged: GraphDocument;
  beforeAll(async () => {
    fragments = [...(await devFragments()).values()];
    merged = mergeDocuments(fragments);
  });

  it('gives a schema-valid document with unique ids and sources equal to the distinct articles', () => {
    expect(schemaProblems('graph', merged)).toEqual([]);
    expect(new Set(merged.edges.map((e) => e.id)).size).toBe(merged.edges.length);
    expect(new Set(merged.nodes.map((n) => n.id)).size).toBe(merged.nodes.length);
    for (const e of merged.edges) expect(e.sources).toBe(new Set(e.provenance.map((p) => p.article)).size);
    const ids = new Set(merged.nodes.map((n) => n.id));
    for (const e of merged.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  });

  it('does not depend on the order of its inputs', () => {
    for (const seed of [1, 2, 3]) expect(json(mergeDocuments(shuffled(fragments, seed)))).toBe(json(merged));
  });

  it('is associative: merging shards of merged fragments equals merging all at once', () => {
    for (const seed of [4, 5, 6]) {
      const order = shuffled(fragments, seed);
      const cut1 = 1 + (seed % 7);
      const cut2 = cut1 + 5 + (seed % 5);
      const [a, b, c] = [order.slice(0, cut1), order.slice(cut1, cut2), order.slice(cut2)];
      const left = mergeDocuments([mergeDocuments([mergeDocuments(a), mergeDocuments(b)]), mergeDocuments(c)]);
      const right = mergeDocuments([mergeDocuments(a), mergeDocuments([mergeDocuments(b), mergeDocuments(c)])]);
      expect(json(left)).toBe(json(merged));
      expect(json(right)).toBe(json(merged));
    }
  });

  it('is idempotent: a merged graph merged with itself is unchanged', () => {
    expect(json(mergeDocuments([merged, merged]))).toBe(json(merged));
  });

  it('folds documents one at a time (GraphMerger) into the same result, and leaves its inputs unchanged', () => {
    const before = fragments.map(json);
    const merger = new GraphMerger();
    for (const f of shuffled(fragments, 9)) merger.add(f);
    expect(merger.size.articles).toBe(fragments.length);
    expect(json(merger.result())).toBe(json(merged));
    expect(fragments.map(json)).toEqual(before);
    expect(() => merger.result()).toThrow();
    expect(() => merger.add(fragments[0]!)).toThrow();
  });

  describe('articles of one gold cluster report an event as one edge with all their sources', () => {
    // For each event gold gives in two or more articles of a cluster, the articles whose own fragment has it.
    interface Event { cluster: string; type: string; date: string; source: string[]; target: string[]; reportedBy: Map<string, Edge> }
    const events: Event[] = [];

    const namesOf = (article: GoldArticle, keys: readonly string[]) => new Set(
      article.entities.filter((e) => keys.includes(e.key)).flatMap((e) => e.names.map(fold)),
    );
    const named = (node: Node | undefined, names: Set<string>) => node !== undefined && [node.label, ...node.aliases].some((n) => names.has(fold(n)));

    beforeAll(async () => {
      const byArticle = await devFragments();
      const gold = loadGold(devDir).filter((a) => a.cluster !== undefined);
      const clusters = new Map<string, GoldArticle[]>();
      for (const a of gold) clusters.set(a.cluster!, [...(clusters.get(a.cluster!) ?? []), a]);
      for (const [cluster, articles] of clusters) {
        const seen = new Map<string, Event>();
        for (const article of articles) {
          const fragment = byArticle.get(article.id);
          if (!fragment) continue;
          const nodes = new Map(fragment.nodes.map((n) => [n.id, n]));
          for (const g of article.edges) {
            if (!g.date) continue;
            // Gold writes symmetric edges in either order (GOLD_FORMAT.md).
            const ends = [[...g.source].sort().join('/'), [...g.target].sort().join('/')];
            if (SYMMETRIC.has(g.type)) ends.sort();
            const key = `${g.type}|${ends.join('|')}|${g.date}`;
            const event = seen.get(key) ?? { cluster, type: g.type, date: g.date, source: [...g.source], target: [...g.target], reportedBy: new Map() };
            seen.set(key, event);
            const sources = namesOf(article, g.source);
            const targets = namesOf(article, g.target);
            const found = fragment.edges.find((e) => e.type === g.type && e.date === g.date
              && ((named(nodes.get(e.source), sources) && named(nodes.get(e.target), targets))
                || (!e.directed && named(nodes.get(e.source), targets) && named(nodes.get(e.target), sources))));
            if (found) event.reportedBy.set(article.id, found);
          }
        }
        events.push(...[...seen.values()].filter((e) => e.reportedBy.size >= 2));
      }
    });

    it('finds events reported by several articles in every cluster the extractor reads twice', () => {
      expect(events.length).toBeGreaterThanOrEqual(4);
      expect(new Set(events.map((e) => e.cluster)).size).toBe(3);
    });

    it('merges each into exactly one edge whose provenance names every reporting article', () => {
      // Where a fragment's node now lives: its own id, or the node that lists it in sameAs.
      const home = new Map<string, string>();
      for (const n of merged.nodes) {
        home.set(n.id, n.id);
        for (const s of n.sameAs ?? []) home.set(s, n.id);
      }
      for (const event of events) {
        const reports = [...event.reportedBy.values()];
        const ends = new Set(reports.map((e) => [home.get(e.source), home.get(e.target)].sort().join(' ')));
        expect(ends.size, `${event.type} ${event.date}: fragments' endpoints map to one pair`).toBe(1);
        const edges = merged.edges.filter((e) => e.type === event.type && e.date === event.date
          && [e.source, e.target].sort().join(' ') === [...ends][0]);
        expect(edges.length, `${event.cluster}: ${event.type} ${event.date}`).toBe(1);
        const articles = new Set(edges[0]!.provenance.map((p) => p.article));
        for (const a of event.reportedBy.keys()) expect(articles.has(a), `${edges[0]!.id} from ${a}`).toBe(true);
        expect(edges[0]!.sources).toBeGreaterThanOrEqual(event.reportedBy.size);
      }
    });
  });
});

// Small fragments written for the rules: one article each, ids and quotes made up.
let offset = 0;
function fragment(article: string, nodes: readonly Partial<Node>[], edges: readonly Partial<Edge>[]): GraphDocument {
  const prov = () => {
    offset += 10;
    return { article, sentence: 0, start: offset, end: offset + 5, quote: 'quote' };
  };
  return {
    format: 'diplograph/1',
    articles: [{ id: article, title: null, published: '2024-05-10', file: `${article}.txt`, sha256: 'a'.repeat(64) }],
    nodes: nodes.map((n) => ({ type: 'leader', label: n.id!, aliases: [], provenance: [prov()], ...n } as Node)),
    edges: edges.map((e) => {
      const type = e.type ?? 'meeting';
      const directed = e.directed ?? !['meeting', 'phone_call', 'shared_stance'].includes(type);
      const date = e.date === undefined ? '2024-05-10' : e.date;
      return {
        id: `${type}|${e.source}|${e.target}|${date ?? 'undated'}`, type, source: e.source!, target: e.target!, directed,
        date, datePrecision: e.datePrecision ?? (date ? 'day' : 'none'), attributes: e.attributes ?? {}, sources: 1,
        provenance: [prov()],
      } as Edge;
    }),
  };
}

const a = { id: 'leader/Q1', qid: 'Q1', terms: [] };
const b = { id: 'leader/Q2', qid: 'Q2', terms: [] };
const meeting = (article: string, date: string | null, extra: Partial<Edge> = {}) =>
  fragment(article, [a, b], [{ source: 'leader/Q1', target: 'leader/Q2', date, ...extra }]);

describe('date reconciliation', () => {
  it('joins two stated days one apart from different articles to the earlier, keeping both in dateReported', () => {
    const doc = mergeDocuments([meeting('x', '2024-05-10', { attributes: { dateBasis: 'stated' } }), meeting('y', '2024-05-09', { attributes: { dateBasis: 'relative' } })]);
    expect(doc.edges).toHaveLength(1);
    const [e] = doc.edges;
    expect(e!.id).toBe('meeting|leader/Q1|leader/Q2|2024-05-09');
    expect(e!.date).toBe('2024-05-09');
    expect(e!.sources).toBe(2);
    expect(e!.attributes['dateBasis']).toBe('relative');
    expect(e!.attributes['dateReported']).toBe('2024-05-09 day relative: y; 2024-05-10 day stated: x');
  });

  it('lets a publication date standing in yield to a stated day up to three days before it', () => {
    const doc = mergeDocuments([meeting('x', '2024-05-10', { datePrecision: 'inferred', attributes: { dateBasis: 'publication' } }), meeting('y', '2024-05-07')]);
    expect(doc.edges.map((e) => [e.date, e.datePrecision, e.sources])).toEqual([['2024-05-07', 'day', 2]]);
    const apart = mergeDocuments([meeting('x', '2024-05-11', { datePrecision: 'inferred' }), meeting('y', '2024-05-07')]);
    expect(apart.edges).toHaveLength(2);
  });

  it('keeps days two apart, and a month, as separate edges', () => {
    expect(mergeDocuments([meeting('x', '2024-05-10'), meeting('y', '2024-05-08')]).edges).toHaveLength(2);
    const month = mergeDocuments([meeting('x', '2024-05-10'), meeting('y', '2024-05-01', { datePrecision: 'month' })]);
    expect(month.edges.map((e) => e.id)).toEqual(['meeting|leader/Q1|leader/Q2|2024-05', 'meeting|leader/Q1|leader/Q2|2024-05-10']);
  });

  it('keeps two days one article gives apart, as the article says they are two events', () => {
    const one = fragment('x', [a, b], [
      { source: 'leader/Q1', target: 'leader/Q2', date: '2024-05-09' },
      { source: 'leader/Q1', target: 'leader/Q2', date: '2024-05-10' },
    ]);
    expect(mergeDocuments([one]).edges).toHaveLength(2);
  });

  it('joins an undated standing relation to the dated report of it, but not an undated event', () => {
    const state = { id: 'state/AAA', type: 'state' as const, iso3: 'AAA' };
    const bloc = { id: 'bloc/bbb', type: 'bloc' as const };
    const rel = (article: string, date: string | null) => fragment(article, [state, bloc], [{ type: 'member_of', source: 'state/AAA', target: 'bloc/bbb', date }]);
    const doc = mergeDocuments([rel('x', null), rel('y', '2024-01-01'), rel('z', null)]);
    expect(doc.edges.map((e) => [e.id, e.sources])).toEqual([['member_of|state/AAA|bloc/bbb|2024-01-01', 3]]);
    expect(mergeDocuments([meeting('x', null), meeting('y', '2024-05-10')]).edges).toHaveLength(2);
  });

  it('puts symmetric participants in canonical order, so "B met A" meets "A met B"', () => {
    const reversed = fragment('y', [a, b], [{ source: 'leader/Q2', target: 'leader/Q1', date: '2024-05-10' }]);
    reversed.edges[0]!.id = 'meeting|leader/Q2|leader/Q1|2024-05-10';
    const doc = mergeDocuments([meeting('x', '2024-05-10'), reversed]);
    expect(doc.edges.map((e) => [e.source, e.target, e.sources])).toEqual([['leader/Q1', 'leader/Q2', 2]]);
  });
});

describe('node identity', () => {
  const treaty = (article: string, id: string, label: string, aliases: string[], party: string) => fragment(article,
    [{ id: party, type: 'state', iso3: party.slice(6) }, { id, type: 'agreement', label, aliases }],
    [{ type: 'party_to', source: party, target: id, date: null }]);

  it('joins pattern-made agreements sharing a long name (in any word order) and a party, under the smallest id', () => {
    const doc = mergeDocuments([
      treaty('x', 'agreement/treaty-on-friendship', 'Treaty on Friendship', ['Treaty on Friendship between Chile and Peru'], 'state/CHL'),
      treaty('y', 'agreement/chile-peru-treaty', 'Chile-Peru Treaty', ['treaty on friendship between Peru and Chile'], 'state/CHL'),
    ]);
    const agreements = doc.nodes.filter((n) => n.type === 'agreement');
    expect(agreements.map((n) => [n.id, n.sameAs])).toEqual([['agreement/chile-peru-treaty', ['agreement/treaty-on-friendship']]]);
    expect(doc.edges.map((e) => [e.target, e.sources])).toEqual([['agreement/chile-peru-treaty', 2]]);
  });

  it('keeps them apart without a shared neighbour, or when the shared name is short', () => {
    const apart = mergeDocuments([
      treaty('x', 'agreement/treaty-on-friendship', 'Treaty on Friendship', ['Treaty on Friendship between Chile and Peru'], 'state/CHL'),
      treaty('y', 'agreement/chile-peru-treaty', 'Chile-Peru Treaty', ['treaty on friendship between Peru and Chile'], 'state/KEN'),
    ]);
    expect(apart.nodes.filter((n) => n.type === 'agreement')).toHaveLength(2);
    const short = mergeDocuments([
      treaty('x', 'agreement/mou-one', 'memorandum of understanding', [], 'state/CHL'),
      treaty('y', 'agreement/mou-two', 'Memorandum of Understanding', [], 'state/CHL'),
    ]);
    expect(short.nodes.filter((n) => n.type === 'agreement')).toHaveLength(2);
  });

  it('never joins gazetteer nodes by name', () => {
    const doc = mergeDocuments([
      fragment('x', [{ ...a, label: 'Jane Q. Public Doe' }, { id: 'state/AAA', type: 'state', iso3: 'AAA' }], [{ type: 'leader_of', source: 'leader/Q1', target: 'state/AAA', date: null }]),
      fragment('y', [{ ...b, label: 'Jane Q. Public Doe' }, { id: 'state/AAA', type: 'state', iso3: 'AAA' }], [{ type: 'leader_of', source: 'leader/Q2', target: 'state/AAA', date: null }]),
    ]);
    expect(doc.nodes.filter((n) => n.type === 'leader')).toHaveLength(2);
  });

  it('maps an id a merged graph lists in sameAs to its node when merged again', () => {
    const first = mergeDocuments([
      treaty('x', 'agreement/treaty-on-friendship', 'Treaty on Friendship', ['Treaty on Friendship between Chile and Peru'], 'state/CHL'),
      treaty('y', 'agreement/chile-peru-treaty', 'Chile-Peru Treaty', ['treaty on friendship between Peru and Chile'], 'state/CHL'),
    ]);
    // A later article names it by the absorbed slug only, with no shared name or party.
    const later = treaty('z', 'agreement/treaty-on-friendship', 'Treaty on Friendship', [], 'state/PER');
    const doc = mergeDocuments([first, later]);
    expect(doc.nodes.filter((n) => n.type === 'agreement').map((n) => n.id)).toEqual(['agreement/chile-peru-treaty']);
    expect(doc.edges.map((e) => e.source).sort()).toEqual(['state/CHL', 'state/PER']);
  });
});

describe('people named with words left out', () => {
  const person = (article: string, id: string, label: string) => fragment(article,
    [{ id, label }, { id: 'state/AAA', type: 'state', iso3: 'AAA' }],
    [{ type: 'leader_of', source: id, target: 'state/AAA', date: null }]);

  it('joins a name with middle words left out to the full name when both hold office in the same state', () => {
    const doc = mergeDocuments([person('x', 'leader/musaed-al-aiban', 'Musaed Al-Aiban'), person('y', 'leader/musaed-bin-mohammed-al-aiban', 'Musaed bin Mohammed Al-Aiban')]);
    expect(doc.nodes.filter((n) => n.type === 'leader').map((n) => [n.id, n.sameAs])).toEqual([['leader/musaed-al-aiban', ['leader/musaed-bin-mohammed-al-aiban']]]);
  });

  it('does not let a title and given name stand for two different people', () => {
    const doc = mergeDocuments([
      person('x', 'leader/sheikh-hamad', 'Sheikh Hamad'),
      person('y', 'leader/sheikh-hamad-bin-khalifa', 'Sheikh Hamad bin Khalifa'),
      person('z', 'leader/sheikh-hamad-bin-jassim', 'Sheikh Hamad bin Jassim'),
    ]);
    expect(doc.nodes.filter((n) => n.type === 'leader')).toHaveLength(3);
  });
});

describe('a node named in every article of a large corpus', () => {
  // One article naming a node `mentions` times, as an older extractor wrote it: one provenance entry per mention.
  const naming = (article: string, node: string, mentions: number, sentences = 1): GraphDocument => ({
    format: 'diplograph/1',
    articles: [{ id: article, title: null, published: '2024-05-10', file: `${article}.txt`, sha256: 'b'.repeat(64) }],
    nodes: [{
      id: node, type: 'leader', label: 'Amina Okafor', aliases: [],
      provenance: Array.from({ length: mentions }, (_, i) => ({ article, sentence: i % sentences, start: 20 * i + 7, end: 20 * i + 12, quote: 'Okafor' })),
    }],
    edges: [],
  });

  it('merges 300,000 mentions of one node into one entry per article, counting them, in memory that does not grow per mention', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const merger = new GraphMerger();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) merger.add(naming(`a${String(i).padStart(4, '0')}`, 'leader/Q90001', 300));
    gc();
    const held = process.memoryUsage().heapUsed - before;
    // 1,000 articles and one entry each: a few hundred kilobytes; one object per mention would be 20 MB or more.
    expect(held / 300_000).toBeLessThan(16);
    const doc = merger.result();
    const [node] = doc.nodes;
    expect(node!.provenance).toHaveLength(1000);
    expect(node!.provenance[0]).toEqual({ article: 'a0000', sentence: 0, start: 7, end: 12, quote: 'Okafor', mentions: 300 });
    expect(schemaProblems('graph', doc)).toEqual([]);
  });

  it('merges one article naming a node 200,000 times and reporting an edge 200,000 times without overflowing the stack', () => {
    const big = naming('huge', 'leader/Q90001', 200_000, 50);
    big.nodes.push({ id: 'state/KEN', type: 'state', label: 'Kenya', aliases: [], iso3: 'KEN', provenance: [{ article: 'huge', sentence: 0, start: 0, end: 5, quote: 'Kenya' }] });
    big.edges.push({
      id: 'leader_of|leader/Q90001|state/KEN|undated', type: 'leader_of', source: 'leader/Q90001', target: 'state/KEN', directed: true,
      date: null, datePrecision: 'none', attributes: {}, sources: 1,
      provenance: big.nodes[0]!.provenance.map((p) => ({ ...p })) as Edge['provenance'],
    });
    const doc = mergeDocuments([big, naming('small', 'leader/Q90001', 3)]);
    expect(doc.nodes.find((n) => n.id === 'leader/Q90001')!.provenance.map((p) => [p.article, p.mentions])).toEqual([['huge', 200_000], ['small', 3]]);
    expect(doc.edges[0]!.provenance).toHaveLength(200_000);
    expect(doc.edges[0]!.sources).toBe(1);
  });

  it('counts an article once however often it is merged, and keeps counts through shards in any grouping', () => {
    const docs = ['x', 'y', 'z'].map((id, i) => naming(id, 'leader/Q90001', 2 + i));
    const all = mergeDocuments(docs);
    expect(all.nodes[0]!.provenance.map((p) => p.mentions)).toEqual([2, 3, 4]);
    expect(json(mergeDocuments([mergeDocuments(docs.slice(0, 2)), mergeDocuments(docs.slice(1))]))).toBe(json(all));
    expect(json(mergeDocuments([all, all, docs[0]!]))).toBe(json(all));
  });
});
