// Appearance: how a node or edge type looks (colour, shape) and how degree and sources map to size. The type
// lists come from the schema (schema.ts); these records only give each type its look, and the compiler
// checks they cover every type.
import type { EdgeType, NodeType } from './schema.js';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

/** Index of each shape in the node program's fragment shader (programs/node-shape.ts). */
export const SHAPE_INDEX: Readonly<Record<Shape, number>> = { circle: 0, square: 1, diamond: 2, triangle: 3 };

/** GEXF 1.3 viz:shape names. */
export const GEXF_SHAPE: Readonly<Record<Shape, string>> = { circle: 'disc', square: 'square', diamond: 'diamond', triangle: 'triangle' };

export const NODE_LOOK: Readonly<Record<NodeType, { color: string; shape: Shape }>> = {
  leader: { color: '#c2185b', shape: 'circle' },
  state: { color: '#1565c0', shape: 'square' },
  bloc: { color: '#ef6c00', shape: 'diamond' },
  agreement: { color: '#2e7d32', shape: 'triangle' },
};

// Events get saturated colours; standing relations (membership, office, party to) pale ones, so that who
// did what to whom stands out from the scaffolding.
export const EDGE_COLOR: Readonly<Record<EdgeType, string>> = {
  phone_call: '#0f9d8a',
  meeting: '#e8590c',
  congratulation: '#c99700',
  shared_stance: '#7e57c2',
  signed: '#1e63d6',
  support: '#2b9348',
  condemnation: '#d62828',
  party_to: '#9dbbe8',
  member_of: '#b9c7a3',
  leader_of: '#d9b99b',
};

export const DIMMED_NODE = '#dcdfe4';
export const DIMMED_EDGE = '#eceef1';
export const BACKGROUND = '#fbfbfc';

const MIN_NODE_SIZE = 3;
const MAX_NODE_SIZE = 22;

/**
 * Node size for a graph of `order` nodes: area grows with degree (size is a radius, hence the square root),
 * capped so hubs do not swallow the view, and everything shrinks as graphs grow past a few hundred nodes so
 * that ten thousand of them do not cover each other in the first view (zooming in enlarges them again).
 */
export function nodeSizer(order: number): (degree: number) => number {
  const scale = Math.min(1, Math.max(0.5, Math.sqrt(500 / Math.max(order, 1))));
  return (degree) => Math.max(1.5, scale * Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 1.6 * Math.sqrt(degree)));
}

/** Thicker for relations more articles report, within reason. */
export function edgeSize(sources: number): number {
  return Math.min(4, 1 + Math.log2(Math.max(1, sources)));
}
