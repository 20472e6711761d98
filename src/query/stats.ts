// A summary of a graph: counts by node and edge type, the most connected nodes, the span of dated edges.
import type { EdgeType, IsoDate, NodeType } from '../document/types.gen.js';
import { UsageError } from '../errors.js';
import { spellOf } from '../graph/dates.js';
import { compareStrings, type DiploGraph } from '../graph/document.js';
import { edgeTypes, nodeTypes } from '../graph/vocabulary.js';
import { defaultTopNodes } from './defaults.js';

export interface StatsOptions {
  /** How many of the most connected nodes to list (10 by default). */
  readonly top?: number;
}

export interface GraphStats {
  readonly articles: number;
  readonly nodes: number;
  readonly edges: number;
  /** Every node type of the schema, in schema order, with its count (0 included). */
  readonly nodesByType: Record<NodeType, number>;
  readonly edgesByType: Record<EdgeType, number>;
  /** Edges reported by two or more articles. */
  readonly multiSourceEdges: number;
  readonly datedEdges: number;
  /** First and last day of the dated edges; null when none is dated. */
  readonly dateRange: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** Highest degree (edges in and out) first, then label and id. */
  readonly topNodes: readonly { readonly id: string; readonly label: string; readonly type: NodeType; readonly degree: number }[];
}

export function stats(graph: DiploGraph, options: StatsOptions = {}): GraphStats {
  const top = options.top ?? defaultTopNodes;
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`stats: option top must be a non-negative integer, got ${String(top)}`);
  const nodesByType = Object.fromEntries(nodeTypes.map((t) => [t, 0])) as Record<NodeType, number>;
  const edgesByType = Object.fromEntries(edgeTypes.map((t) => [t, 0])) as Record<EdgeType, number>;
  const ranked: { id: string; label: string; type: NodeType; degree: number }[] = [];
  graph.forEachNode((id, a) => {
    nodesByType[a.type]++;
    ranked.push({ id, label: a.label, type: a.type, degree: graph.degree(id) });
  });
  let multiSourceEdges = 0;
  let datedEdges = 0;
  let from: IsoDate | undefined;
  let to: IsoDate | undefined;
  graph.forEachEdge((_, a) => {
    edgesByType[a.type]++;
    if (a.sources > 1) multiSourceEdges++;
    const spell = spellOf(a.date, a.datePrecision);
    if (!spell) return;
    datedEdges++;
    if (from === undefined || spell.start < from) from = spell.start;
    if (to === undefined || spell.end > to) to = spell.end;
  });
  ranked.sort((a, b) => b.degree - a.degree || compareStrings(a.label, b.label) || compareStrings(a.id, b.id));
  return {
    articles: graph.getAttribute('articles')?.length ?? 0,
    nodes: graph.order,
    edges: graph.size,
    nodesByType,
    edgesByType,
    multiSourceEdges,
    datedEdges,
    dateRange: from !== undefined && to !== undefined ? { from, to } : null,
    topNodes: ranked.slice(0, top),
  };
}
