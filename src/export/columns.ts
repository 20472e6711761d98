// The attribute columns every export writes, derived from the document once: node and edge fields, the free
// edge attributes found in the graph (cameo, plover, trigger, dateBasis, ...), and for each item its first
// quote, the articles behind it and their URLs (or file paths when an article has no URL). Formats map the
// column types to their own (GEXF, GraphML, Neo4j CSV).
import type { Provenance } from '../document/types.gen.js';
import { compareStrings, type DiploGraph } from '../graph/document.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'date';
export type Cell = string | number | boolean | readonly string[] | undefined;

export interface Column {
  /** Attribute name, the same in every format. */
  readonly name: string;
  readonly type: ColumnType;
  /** Values are lists of strings (joined with " | " where a format has no lists). */
  readonly list?: boolean;
  readonly value: (key: string) => Cell;
}

function articlesOf(provenance: readonly Provenance[]): string[] {
  return [...new Set(provenance.map((p) => p.article))].sort(compareStrings);
}

function locator(graph: DiploGraph): (article: string) => string | undefined {
  const where = new Map<string, string>();
  for (const a of graph.getAttribute('articles') ?? []) {
    const place = a.url ?? a.file;
    if (place !== undefined) where.set(a.id, place);
  }
  return (article) => where.get(article);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** First quote in document order (provenance is sorted by article, then offset). */
function firstQuote(provenance: readonly Provenance[]): string | undefined {
  const p = provenance[0];
  return p ? collapse(p.quote) : undefined;
}

/** articlesOf, computed once per key: several columns read it. */
function memo(provenanceOf: (key: string) => readonly Provenance[]): (key: string) => string[] {
  let lastKey: string | undefined;
  let last: string[] = [];
  return (key) => {
    if (key !== lastKey) { lastKey = key; last = articlesOf(provenanceOf(key)); }
    return last;
  };
}

export function nodeColumns(graph: DiploGraph): Column[] {
  const place = locator(graph);
  const attr = (key: string) => graph.getNodeAttributes(key);
  const articles = memo((k) => attr(k).provenance);
  return [
    { name: 'type', type: 'string', value: (k) => attr(k).type },
    { name: 'aliases', type: 'string', list: true, value: (k) => attr(k).aliases },
    { name: 'qid', type: 'string', value: (k) => attr(k).qid },
    { name: 'iso3', type: 'string', value: (k) => attr(k).iso3 },
    { name: 'state', type: 'string', value: (k) => attr(k).state },
    { name: 'sameAs', type: 'string', list: true, value: (k) => attr(k).sameAs },
    { name: 'degree', type: 'integer', value: (k) => graph.degree(k) },
    { name: 'sources', type: 'integer', value: (k) => articles(k).length },
    { name: 'quote', type: 'string', value: (k) => firstQuote(attr(k).provenance) },
    { name: 'articles', type: 'string', list: true, value: articles },
    { name: 'urls', type: 'string', list: true, value: (k) => articles(k).flatMap((a) => place(a) ?? []) },
  ];
}

/** The type shared by every value of a free attribute: integer, double, boolean, or else string. */
function freeType(values: readonly (string | number | boolean)[]): ColumnType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'integer' : 'double';
  return 'string';
}

export function edgeColumns(graph: DiploGraph): Column[] {
  const place = locator(graph);
  const attr = (key: string) => graph.getEdgeAttributes(key);
  const articles = memo((k) => attr(k).provenance);
  const free = new Map<string, (string | number | boolean)[]>();
  graph.forEachEdge((_, a) => {
    for (const [name, value] of Object.entries(a.attributes)) {
      if (value === undefined) continue;
      const list = free.get(name) ?? [];
      list.push(value);
      free.set(name, list);
    }
  });
  const reserved = new Set(['type', 'directed', 'date', 'datePrecision', 'sources', 'quote', 'articles', 'urls']);
  const extra: Column[] = [...free.entries()]
    .filter(([name]) => !reserved.has(name))
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, values]) => {
      const type = freeType(values);
      return { name, type, value: (k: string) => {
        const v = attr(k).attributes[name];
        return type === 'string' && v !== undefined ? String(v) : v;
      } };
    });
  return [
    { name: 'type', type: 'string', value: (k) => attr(k).type },
    { name: 'directed', type: 'boolean', value: (k) => attr(k).directed },
    { name: 'date', type: 'date', value: (k) => attr(k).date ?? undefined },
    { name: 'datePrecision', type: 'string', value: (k) => attr(k).datePrecision },
    { name: 'sources', type: 'integer', value: (k) => attr(k).sources },
    ...extra,
    { name: 'quote', type: 'string', value: (k) => firstQuote(attr(k).provenance) },
    { name: 'articles', type: 'string', list: true, value: articles },
    { name: 'urls', type: 'string', list: true, value: (k) => articles(k).flatMap((a) => place(a) ?? []) },
  ];
}

/** A cell as one string for formats without lists; undefined stays undefined. */
export function flat(cell: Cell): string | number | boolean | undefined {
  if (cell === undefined) return undefined;
  if (Array.isArray(cell)) return cell.length > 0 ? cell.join(' | ') : undefined;
  return cell as string | number | boolean;
}

/** Nodes and edges in id order, the order every export writes them. */
export function sortedNodes(graph: DiploGraph): string[] {
  return graph.nodes().sort(compareStrings);
}

export function sortedEdges(graph: DiploGraph): string[] {
  return graph.edges().sort(compareStrings);
}
