// Appearance in the viewer: the shared palette (src/appearance.ts, also used by the GEXF export), the shader's
// shape indices, community and dimmed colours, and how measures and sources map to size.
import type { Shape } from '../../src/appearance.js';

export { EDGE_COLOR, GEXF_SHAPE, NODE_LOOK, type Shape } from '../../src/appearance.js';

/** Index of each shape in the node program's fragment shader (programs/node-shape.ts). */
export const SHAPE_INDEX: Readonly<Record<Shape, number>> = { circle: 0, square: 1, diamond: 2, triangle: 3 };

/**
 * Colours for Louvain communities, largest community first (Tableau 10, distinct for most colour vision); smaller
 * communities beyond these share OTHER_COMMUNITY.
 */
export const COMMUNITY_COLORS: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const OTHER_COMMUNITY = '#8a9099';

export const communityColor = (community: number): string => COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY;

export const DIMMED_NODE = '#dcdfe4';
export const DIMMED_EDGE = '#eceef1';
export const BACKGROUND = '#fbfbfc';
/** Node labels on the canvas: 15:1 against BACKGROUND, past WCAG AA's 4.5:1 for text. */
export const LABEL_COLOR = '#1f2328';

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
