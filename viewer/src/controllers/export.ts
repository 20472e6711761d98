// Exports: a PNG of what is on screen (sigma's layers redrawn off screen by @sigma/export-image) and the
// filtered graph as GEXF 1.3, with the same colours, sizes, shapes and positions as the view.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { BACKGROUND, GEXF_SHAPE, NODE_LOOK } from '../appearance.js';
import { toGexf } from '../data/gexf.js';
import type { ViewerGraph } from '../data/graph.js';
import { download } from '../dom.js';
import type { Reducers } from '../reducers.js';
import type { Visibility } from '../visibility.js';

function baseName(graph: ViewerGraph): string {
  return graph.getAttribute('name').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'diplograph';
}

export function exportPng(sigma: Sigma, graph: ViewerGraph): Promise<void> {
  return downloadAsPNG(sigma, { fileName: baseName(graph), backgroundColor: BACKGROUND });
}

/** The GEXF text of what the filters leave visible, looking as it does in the view without hover or selection. */
export function filteredGexf(graph: ViewerGraph, visibility: Visibility, reducers: Reducers): string {
  return toGexf(graph,
    { node: (n) => !visibility.hiddenNodes.has(n), edge: (e) => !visibility.hiddenEdges.has(e) },
    {
      node: (n) => {
        const a = graph.getNodeAttributes(n);
        const d = reducers.nodeReducer(n, a);
        return { color: d.color ?? NODE_LOOK[a.type].color, size: d.size ?? 1, shape: GEXF_SHAPE[NODE_LOOK[a.type].shape] };
      },
      edge: (e) => {
        const d = reducers.edgeReducer(e, graph.getEdgeAttributes(e));
        return { color: d.color ?? '#999999', thickness: d.size ?? 1 };
      },
    });
}

export function exportGexf(graph: ViewerGraph, visibility: Visibility, reducers: Reducers): void {
  download(`${baseName(graph)}.filtered.gexf`, new Blob([filteredGexf(graph, visibility, reducers)], { type: 'application/gexf+xml' }));
}
