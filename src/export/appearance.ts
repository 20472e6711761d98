// How exports draw the graph for tools that read visual hints (Gephi's viz: namespace): a colour per node and
// edge type, node size by degree, edge thickness by number of sources. Presentation only; the document holds
// no colours.
import { EDGE_COLOR, NODE_LOOK } from '../appearance.js';
import type { EdgeType, NodeType } from '../document/types.gen.js';

export interface Rgb { readonly r: number; readonly g: number; readonly b: number }

const hex = (value: string): Rgb => ({
  r: parseInt(value.slice(1, 3), 16), g: parseInt(value.slice(3, 5), 16), b: parseInt(value.slice(5, 7), 16),
});

// The viewer's palette, so that a graph looks the same in Gephi as in the browser.
const rgbOf = <K extends string>(record: Readonly<Record<K, string>>): Readonly<Record<K, Rgb>> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, hex(v as string)])) as Record<K, Rgb>;

export const nodeColours: Readonly<Record<NodeType, Rgb>> = rgbOf(Object.fromEntries(Object.entries(NODE_LOOK).map(([k, v]) => [k, v.color])) as Record<NodeType, string>);
export const edgeColours: Readonly<Record<EdgeType, Rgb>> = rgbOf(EDGE_COLOR);

/** Node size from 4 (isolated) to 24 (the highest degree), by square root so hubs do not swamp the picture. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return Math.round((4 + 20 * Math.sqrt(degree / maxDegree)) * 100) / 100;
}

/** Edge thickness: 1 for one source, one more per doubling. */
export function edgeThickness(sources: number): number {
  return Math.round((1 + Math.log2(Math.max(sources, 1))) * 100) / 100;
}
