// How each node looks under the appearance chosen: its colour (its type's, or its Louvain community's) and its
// size (by degree, weighted degree or betweenness, each mapped onto the same range so the picture keeps its
// scale). Built again only when the choice changes or betweenness arrives.
import { NODE_LOOK, communityColor, nodeSizer } from './appearance.js';
import type { MeasuresController } from './controllers/measures.js';
import type { ViewerGraph } from './data/graph.js';
import type { Appearance } from './state.js';

export interface Look {
  colour(node: string): string;
  size(node: string): number;
}

export function createLook(graph: ViewerGraph, measures: MeasuresController): (appearance: Appearance) => Look {
  const sizeOf = nodeSizer(graph.order);
  let last: { appearance: Appearance; ready: boolean; look: Look } | null = null;
  return (appearance) => {
    // Until betweenness arrives, nodes keep their degree's size.
    const between = appearance.size === 'betweenness' ? measures.betweenness() : null;
    const ready = between !== null;
    if (last && last.appearance === appearance && last.ready === ready) return last.look;
    const communities = appearance.colour === 'community' ? measures.communities().of : null;
    const colour = communities
      ? (node: string) => communityColor(communities.get(node) ?? Infinity)
      : (node: string) => NODE_LOOK[graph.getNodeAttribute(node, 'type')].color;
    let size = (node: string): number => sizeOf(graph.degree(node));
    const measure = between ?? (appearance.size === 'weightedDegree' ? measures.weightedDegree() : null);
    if (measure) {
      // Map the measure onto degrees' range: the node with the most of it is as big as the best-connected node.
      let top = 0;
      for (const v of measure.values()) top = Math.max(top, v);
      let mostRelations = 0;
      graph.forEachNode((node) => { mostRelations = Math.max(mostRelations, graph.degree(node)); });
      size = (node) => sizeOf(top > 0 ? ((measure.get(node) ?? 0) / top) * mostRelations : 0);
    }
    const look = { colour, size };
    last = { appearance, ready, look };
    return look;
  };
}
