// nodeReducer / edgeReducer: what to draw, worked out from the graph (the document) plus the view state.
// Nothing is written back: filters and a focus hide, hover, selection and a fading focus dim or highlight, all in
// the returned display data.
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData } from 'sigma/types';
import { DIMMED_EDGE, DIMMED_NODE, EDGE_COLOR, NODE_LOOK, SHAPE_INDEX, edgeSize } from './appearance.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './data/graph.js';
import type { ShapeDisplayData } from './programs/node-shape.js';
import { EDGE_PROGRAMS, NODE_PROGRAM } from './settings.js';
import type { Derived } from './derive.js';
import type { Look } from './look.js';

/** Past this many neighbours, their labels compete for space like any other instead of all being forced. */
const FORCED_NEIGHBOUR_LABELS = 24;

// Sigma hands reducers plain `Attributes`; in this graph they are always the document's fields.
export interface Reducers {
  nodeReducer(node: string, attributes: Attributes): Partial<ShapeDisplayData>;
  edgeReducer(edge: string, attributes: Attributes): Partial<EdgeDisplayData> & { curvature?: number };
}

/** `look`: each node's colour and size under the appearance chosen (look.ts). */
export function createReducers(graph: ViewerGraph, curvatures: ReadonlyMap<string, number>, derived: () => Derived, look: () => Look): Reducers {
  return {
    nodeReducer(node, attributes) {
      const a = attributes as NodeAttributes;
      const d = derived();
      const l = look();
      const base = {
        x: a.x, y: a.y, label: a.label, size: l.size(node), color: l.colour(node),
        type: NODE_PROGRAM, shape: SHAPE_INDEX[NODE_LOOK[a.type].shape], zIndex: 1,
      };
      if (d.visibility.hiddenNodes.has(node)) return { ...base, hidden: true };
      if (d.highlight !== null) {
        if (node === d.highlight) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
        if (d.neighbours.has(node)) return { ...base, forceLabel: d.neighbours.size <= FORCED_NEIGHBOUR_LABELS, zIndex: 2 };
        return { ...base, color: DIMMED_NODE, label: null, zIndex: 0 };
      }
      if (d.route !== null) {
        if (node === d.state.path?.from || node === d.state.path?.to) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
        if (d.route.nodes.has(node)) return { ...base, forceLabel: true, zIndex: 2 };
        return { ...base, color: DIMMED_NODE, label: null, zIndex: 0 };
      }
      if (d.ego === null) return base;
      if (node === d.state.focus?.node) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
      // The neighbourhood's labels compete for room like any others: forcing them all piles them up.
      if (d.ego.has(node)) return { ...base, zIndex: 2 };
      return { ...base, color: DIMMED_NODE, label: null, zIndex: 0 };
    },
    edgeReducer(edge, attributes) {
      const a = attributes as EdgeAttributes;
      const d = derived();
      const curvature = curvatures.get(edge);
      const type = curvature === undefined
        ? (a.directed ? EDGE_PROGRAMS.arrow : EDGE_PROGRAMS.line)
        : (a.directed ? EDGE_PROGRAMS.curvedArrow : EDGE_PROGRAMS.curve);
      const base = { color: EDGE_COLOR[a.type], size: edgeSize(a.sources), type, zIndex: 1, ...(curvature === undefined ? {} : { curvature }) };
      if (d.visibility.hiddenEdges.has(edge)) return { ...base, hidden: true };
      if (d.highlight !== null) {
        if (graph.hasExtremity(edge, d.highlight)) return { ...base, size: base.size * 1.5, zIndex: 2 };
        return { ...base, color: DIMMED_EDGE, zIndex: 0 };
      }
      if (d.route !== null) {
        if (d.route.edges.has(edge)) return { ...base, size: base.size * 2, zIndex: 2 };
        return { ...base, color: DIMMED_EDGE, zIndex: 0 };
      }
      if (d.ego === null || (d.ego.has(graph.source(edge)) && d.ego.has(graph.target(edge)))) return base;
      return { ...base, color: DIMMED_EDGE, zIndex: 0 };
    },
  };
}
