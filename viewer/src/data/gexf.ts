// GEXF in and out. Out: the filtered graph as GEXF 1.3 with the document's fields as attributes (lists and
// evidence as JSON strings) and the current appearance as viz. In: diplograph's own GEXF, this writer's or the
// CLI export's (which keeps the first quote and " | "-joined article ids and URLs instead of full evidence),
// read leniently: a node's type comes from its `type` attribute or its key's prefix, an edge's from `type` or `kind`.
import { MultiGraph } from 'graphology';
import { parse, write } from 'graphology-gexf/browser';
import type { Attributes } from 'graphology-types';
import { isEdgeType, isNodeType, type DatePrecision } from '../schema.js';
import { createViewerGraph, LoadError, type Article, type ViewerGraph } from './graph.js';
import type { NodeTerm, Provenance } from '../../../src/document/types.gen.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PRECISIONS: ReadonlySet<string> = new Set(['day', 'month', 'year', 'inferred', 'none']);

/** Evidence as written to GEXF: the provenance plus its article's title, date and link, so the file stands alone. */
interface GexfEvidence extends Provenance { title?: string | null; published?: string | null; url?: string; file?: string }

export interface GexfAppearance {
  node(key: string): { color: string; size: number; shape: string };
  /** GEXF edges have a thickness, not a size. */
  edge(key: string): { color: string; thickness: number };
}

/** The given nodes and edges of `graph` as a GEXF 1.3 string. */
export function toGexf(graph: ViewerGraph, keep: { node(key: string): boolean; edge(key: string): boolean }, look: GexfAppearance): string {
  const sub = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  const articles = graph.getAttribute('articles');
  graph.forEachNode((key, a) => {
    if (!keep.node(key)) return;
    const { color, size, shape } = look.node(key);
    sub.addNode(key, {
      label: a.label,
      type: a.type,
      aliases: JSON.stringify(a.aliases),
      ...(a.state !== undefined ? { state: a.state } : {}),
      ...(a.qid !== undefined ? { qid: a.qid } : {}),
      ...(a.iso3 !== undefined ? { iso3: a.iso3 } : {}),
      ...(a.terms !== undefined ? { terms: JSON.stringify(a.terms) } : {}),
      viz: { color, size, shape, x: a.x, y: a.y },
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (!keep.edge(key) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    const evidence: GexfEvidence[] = a.provenance.map((p) => {
      const art = articles.get(p.article);
      return art ? { ...p, title: art.title, published: art.published, ...(art.url ? { url: art.url } : {}), ...(art.file ? { file: art.file } : {}) } : p;
    });
    const attrs = {
      type: a.type,
      ...(a.date ? { date: a.date } : {}),
      datePrecision: a.datePrecision,
      sources: a.sources,
      attributes: JSON.stringify(a.attributes),
      provenance: JSON.stringify(evidence),
      viz: look.edge(key),
    };
    if (a.directed) sub.addDirectedEdgeWithKey(key, source, target, attrs);
    else sub.addUndirectedEdgeWithKey(key, source, target, attrs);
  });
  const xml = write(sub, {
    version: '1.3',
    formatNode: (_key, { label, viz, ...attributes }: Attributes) => ({ label: String(label), viz, attributes }),
    formatEdge: (_key, { viz, ...attributes }: Attributes) => ({ label: String(attributes['type']), weight: Number(attributes['sources']), viz, attributes }),
  });
  // The official Relax NG schema, the one that also covers viz, allows no xsi attributes on the root; the XSD
  // location tells readers nothing they need.
  return xml.replace(/ xmlns:xsi="[^"]*"/, '').replace(/ xsi:schemaLocation="[^"]*"/, '');
}

export function fromGexf(text: string, name: string): ViewerGraph {
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) throw new LoadError(`${name} is not well-formed XML: ${(error.textContent ?? '').trim().split('\n')[0] ?? ''}`);
  if (xml.documentElement.localName !== 'gexf' || !xml.getElementsByTagName('graph')[0]) {
    throw new LoadError(`${name} is XML but not GEXF: expected a <gexf> root holding a <graph>.`);
  }
  let raw: MultiGraph;
  try {
    raw = parse(MultiGraph, xml, { respectInputGraphType: true, allowUndeclaredAttributes: true });
  } catch (cause) {
    throw new LoadError(`${name} could not be read as GEXF: ${(cause as Error).message}`, { cause });
  }

  const articles = new Map<string, Article>();
  const graph = createViewerGraph(name, articles);
  let positioned = true;
  raw.forEachNode((key, a) => {
    const type = isNodeType(a['type']) ? a['type'] : key.split('/')[0];
    if (!isNodeType(type)) throw new LoadError(`${name}: node "${key}" has no diplograph type (leader, state, bloc or agreement).`);
    const x = Number(a['x']);
    const y = Number(a['y']);
    if (!Number.isFinite(x) || !Number.isFinite(y)) positioned = false;
    const terms = jsonArray(a['terms']) as NodeTerm[] | null;
    graph.addNode(key, {
      type,
      label: typeof a['label'] === 'string' && a['label'] !== '' ? a['label'] : key,
      aliases: stringList(a['aliases']),
      ...(typeof a['state'] === 'string' ? { state: a['state'] } : {}),
      ...(typeof a['qid'] === 'string' ? { qid: a['qid'] } : {}),
      ...(typeof a['iso3'] === 'string' ? { iso3: a['iso3'] } : {}),
      ...(terms ? { terms } : {}),
      provenance: [],
      x: Number.isFinite(x) ? x : Number.NaN,
      y: Number.isFinite(y) ? y : Number.NaN,
    });
  });
  raw.forEachEdge((key, a, source, target) => {
    const type = isEdgeType(a['type']) ? a['type'] : a['kind'];
    if (!isEdgeType(type)) throw new LoadError(`${name}: edge "${key}" has no diplograph relation type (phone_call, meeting, ...).`);
    const date = typeof a['date'] === 'string' && ISO_DATE.test(a['date']) ? a['date'] : null;
    const precision = typeof a['datePrecision'] === 'string' && PRECISIONS.has(a['datePrecision'])
      ? a['datePrecision'] as DatePrecision : date ? 'day' : 'none';
    const sources = Math.max(1, Math.round(Number(a['sources']) || 1));
    let provenance = (jsonArray(a['provenance']) ?? []).flatMap((p) => evidence(p, articles));
    if (provenance.length === 0) provenance = firstQuote(a, articles);
    const attributes = jsonObject(a['attributes']);
    const attrs = { type, date, datePrecision: precision, sources, provenance, attributes, directed: raw.isDirected(key) };
    if (attrs.directed) graph.addDirectedEdgeWithKey(key, source, target, attrs);
    else graph.addUndirectedEdgeWithKey(key, source, target, attrs);
  });
  graph.setAttribute('positioned', positioned);
  return graph;
}

function evidence(value: unknown, articles: Map<string, Article>): Provenance[] {
  if (typeof value !== 'object' || value === null) return [];
  const p = value as Record<string, unknown>;
  if (typeof p['article'] !== 'string' || typeof p['quote'] !== 'string') return [];
  const article = p['article'];
  if (!articles.has(article)) {
    articles.set(article, {
      id: article,
      title: typeof p['title'] === 'string' ? p['title'] : null,
      published: typeof p['published'] === 'string' && ISO_DATE.test(p['published']) ? p['published'] : null,
      ...(typeof p['url'] === 'string' ? { url: p['url'] } : {}),
      ...(typeof p['file'] === 'string' ? { file: p['file'] } : {}),
      sha256: '',
    });
  }
  const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return [{ article, sentence: n(p['sentence']), start: n(p['start']), end: n(p['end']), quote: p['quote'] }];
}

/** The CLI export's summary: the first quote, with the first article (and its URL when the lists line up). */
function firstQuote(a: Attributes, articles: Map<string, Article>): Provenance[] {
  if (typeof a['quote'] !== 'string' || a['quote'] === '') return [];
  const ids = stringList(a['articles']);
  const urls = stringList(a['urls']);
  const article = ids[0] ?? 'unknown article';
  const place = ids.length === urls.length ? urls[0] : undefined;
  return evidence({ article, quote: a['quote'], ...(place ? (/^https?:/i.test(place) ? { url: place } : { file: place }) : {}) }, articles);
}

function jsonArray(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || !value.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null; // not JSON after all: the caller treats it as absent, the GEXF's other fields still load
  }
}

function jsonObject(value: unknown): Record<string, string | number | boolean> {
  if (typeof value !== 'string' || !value.startsWith('{')) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))) as Record<string, string | number | boolean>;
  } catch {
    return {}; // free attributes are decoration; a malformed blob drops them, not the edge
  }
}

/** Aliases as this writer stores them (a JSON array) or as a liststring ("a|b"). */
function stringList(value: unknown): string[] {
  const list = jsonArray(value);
  if (list) return list.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value !== '') return value.split('|').map((s) => s.trim()).filter(Boolean);
  return [];
}
