// The neighbours of a node, up to a depth: breadth first, each neighbour with the edges that reach it from the
// layer before (dates, sources, provenance). Undirected edges (phone_call, meeting, shared_stance) are followed
// whatever the direction asked; directed ones `out` from source to target, `in` the other way.
import type { Edge, Node } from '../document/types.gen.js';
import { UsageError } from '../errors.js';
import type { DiploGraph, EdgeAttributes } from '../graph/document.js';
import { compareStrings } from '../graph/document.js';
import { defaultNeighbourOptions } from './defaults.js';
import { checkFilter, edgePredicate, type EdgeFilter } from './filter.js';
import { findNode } from './find-node.js';

export type Direction = 'out' | 'in' | 'both';

export interface NeighbourOptions extends EdgeFilter {
  /** `out`: edges the node is the source of; `in`: the target of; `both` (default). Undirected edges always count. */
  readonly direction?: Direction;
  /** How many hops away to look; 1 (default) lists direct neighbours. */
  readonly depth?: number;
}

/** A document edge as a query returns it, with how it was reached. */
export interface ConnectingEdge extends Edge {
  /** The node this edge was followed from: the queried node, or a neighbour one layer closer. */
  readonly from: string;
  /** Relative to `from`: `out` when it is the source, `in` the target, `both` for an undirected edge. */
  readonly direction: Direction;
}

export interface Neighbour {
  /** The neighbour node, as in the document. */
  readonly node: Node;
  /** Hops from the queried node: 1 for a direct neighbour. */
  readonly depth: number;
  /** The edges reaching it from the layer before, undated first, then by date, type and id. */
  readonly edges: readonly ConnectingEdge[];
}

const DIRECTIONS: readonly Direction[] = ['out', 'in', 'both'];

export function compareEdges(a: Pick<Edge, 'date' | 'type' | 'id'>, b: Pick<Edge, 'date' | 'type' | 'id'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return -1;
    if (b.date === null) return 1;
    return compareStrings(a.date, b.date);
  }
  return compareStrings(a.type, b.type) || compareStrings(a.id, b.id);
}

export function documentEdge(graph: DiploGraph, id: string, attributes: EdgeAttributes = graph.getEdgeAttributes(id)): Edge {
  const [source, target] = graph.extremities(id);
  return { id, source, target, ...attributes };
}

export function documentNode(graph: DiploGraph, id: string): Node {
  return { id, ...graph.getNodeAttributes(id) };
}

/**
 * The neighbours of the node `name` names (see findNode: ids, labels, aliases, whole words), breadth first up to
 * `depth`, nearest first, then by number of connecting edges, label and id.
 * `types`, `since`/`until` (IsoDates; an edge is kept when its day, month or year meets the window, and undated
 * edges are left out once a window is given) and `minSources` choose the edges followed.
 * @throws AmbiguousNameError, NotFoundError as findNode; UsageError for a bad option.
 */
export function neighbours(graph: DiploGraph, name: string, options: NeighbourOptions = {}): Neighbour[] {
  checkFilter('neighbours', options);
  const direction = options.direction ?? defaultNeighbourOptions.direction;
  const depth = options.depth ?? defaultNeighbourOptions.depth;
  if (!DIRECTIONS.includes(direction)) throw new UsageError(`neighbours: option direction must be one of ${DIRECTIONS.join(', ')}, got "${String(direction)}"`);
  if (!Number.isInteger(depth) || depth < 1) throw new UsageError(`neighbours: option depth must be a positive integer, got ${String(depth)}`);
  const centre = findNode(graph, name);
  const keep = edgePredicate(options);

  const depthOf = new Map<string, number>([[centre, 0]]);
  const found = new Map<string, { depth: number; edges: ConnectingEdge[] }>();
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const from of frontier) {
      const follow = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
        if (source === target || !keep(attributes)) return;
        const out = source === from;
        const way: Direction = attributes.directed ? (out ? 'out' : 'in') : 'both';
        if (attributes.directed && direction !== 'both' && direction !== way) return;
        const other = out ? target : source;
        const seen = depthOf.get(other);
        if (seen !== undefined && seen < d) return;
        if (seen === undefined) {
          depthOf.set(other, d);
          found.set(other, { depth: d, edges: [] });
          next.push(other);
        }
        found.get(other)!.edges.push({ ...documentEdge(graph, edge, attributes), from, direction: way });
      };
      graph.forEachOutEdge(from, follow);
      graph.forEachInEdge(from, follow);
    }
    frontier = next.sort();
  }

  return [...found.entries()]
    .map(([id, n]) => ({ node: documentNode(graph, id), depth: n.depth, edges: n.edges.sort(compareEdges) }))
    .sort((a, b) => a.depth - b.depth || b.edges.length - a.edges.length
      || compareStrings(a.node.label, b.node.label) || compareStrings(a.node.id, b.node.id));
}
