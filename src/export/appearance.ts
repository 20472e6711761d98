// How exports draw the graph for tools that read visual hints (Gephi's viz: namespace): a colour per node and
// edge type, node size by degree, edge thickness by number of sources. Presentation only; the document holds
// no colours.
import type { EdgeType, NodeType } from '../document/types.gen.js';

export interface Rgb { readonly r: number; readonly g: number; readonly b: number }

const hex = (value: string): Rgb => ({
  r: parseInt(value.slice(1, 3), 16), g: parseInt(value.slice(3, 5), 16), b: parseInt(value.slice(5, 7), 16),
});

// Colour-blind-safe hues (Okabe-Ito) for the four node types.
export const nodeColours: Readonly<Record<NodeType, Rgb>> = {
  leader: hex('#d55e00'),
  state: hex('#0072b2'),
  bloc: hex('#009e73'),
  agreement: hex('#cc79a7'),
};

// Contacts in blues, approval in greens, disapproval in red, standing relations in greys.
export const edgeColours: Readonly<Record<EdgeType, Rgb>> = {
  phone_call: hex('#56b4e9'),
  meeting: hex('#0072b2'),
  congratulation: hex('#009e73'),
  support: hex('#4daf4a'),
  shared_stance: hex('#7fbf7b'),
  condemnation: hex('#d7191c'),
  signed: hex('#cc79a7'),
  party_to: hex('#b3b3b3'),
  member_of: hex('#999999'),
  leader_of: hex('#7f7f7f'),
};

/** Node size from 4 (isolated) to 24 (the highest degree), by square root so hubs do not swamp the picture. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return Math.round((4 + 20 * Math.sqrt(degree / maxDegree)) * 100) / 100;
}

/** Edge thickness: 1 for one source, one more per doubling. */
export function edgeThickness(sources: number): number {
  return Math.round((1 + Math.log2(Math.max(sources, 1))) * 100) / 100;
}
