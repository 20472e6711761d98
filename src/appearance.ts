// The one palette: how each node and edge type looks, wherever the graph is drawn (the viewer) or exported
// with visual hints (GEXF viz). Events get saturated colours; standing relations (membership, office,
// party to) pale ones, so that who did what to whom stands out from the scaffolding.
import type { EdgeType, NodeType } from './document/types.gen.js';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

export const NODE_LOOK: Readonly<Record<NodeType, { readonly color: string; readonly shape: Shape }>> = {
  leader: { color: '#c2185b', shape: 'circle' },
  state: { color: '#1565c0', shape: 'square' },
  bloc: { color: '#ef6c00', shape: 'diamond' },
  agreement: { color: '#2e7d32', shape: 'triangle' },
};

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

/** GEXF 1.3 viz:shape names. */
export const GEXF_SHAPE: Readonly<Record<Shape, string>> = { circle: 'disc', square: 'square', diamond: 'diamond', triangle: 'triangle' };
