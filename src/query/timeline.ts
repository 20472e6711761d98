// A node's dated edges in the order they happened: what `diplograph timeline` prints. Undated standing
// relations are left out; they have no place on a time line.
import type { Edge, Node } from '../document/types.gen.js';
import type { DiploGraph } from '../graph/document.js';
import { checkFilter, edgePredicate, type EdgeFilter } from './filter.js';
import { findNode } from './find-node.js';
import { compareEdges, documentEdge, documentNode, type Direction } from './neighbours.js';

export type TimelineOptions = EdgeFilter;

export interface TimelineEntry {
  readonly edge: Edge;
  /** The other end of the edge (the node itself for a self-loop). */
  readonly other: Node;
  /** Relative to the queried node: `out` when it is the source, `in` the target, `both` when undirected. */
  readonly direction: Direction;
}

/**
 * The dated edges of the node `name` names (see findNode), by date, then type and id; the options choose edges as
 * for neighbours.
 * @throws AmbiguousNameError, NotFoundError as findNode; UsageError for a bad option.
 */
export function timeline(graph: DiploGraph, name: string, options: TimelineOptions = {}): TimelineEntry[] {
  checkFilter('timeline', options);
  const key = findNode(graph, name);
  const keep = edgePredicate(options);
  const entries: TimelineEntry[] = [];
  graph.forEachEdge(key, (id, attributes, source, target) => {
    if (attributes.date === null || !keep(attributes)) return;
    const out = source === key;
    entries.push({
      edge: documentEdge(graph, id, attributes),
      other: documentNode(graph, out ? target : source),
      direction: attributes.directed ? (out ? 'out' : 'in') : 'both',
    });
  });
  return entries.sort((a, b) => compareEdges(a.edge, b.edge));
}
