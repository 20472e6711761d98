// What the reducers and panels need beyond the graph and the view state: what is visible, the focus's
// neighbourhood, the node whose neighbours stand out. Derived from the state, cached until it changes, and free
// of sigma so it runs anywhere.
import type { ViewerGraph } from './data/graph.js';
import { focusFilters, neighbourhood, restrictTo } from './focus.js';
import { hopEdges, shortestPaths, visibleTopology, type PathResult } from './paths.js';
import type { ViewState } from './state.js';
import { visibilityCache, visibleNeighbours, type Visibility } from './visibility.js';

export interface Derived {
  readonly state: ViewState;
  /** What the filters leave, and when focused with the rest hidden, only the focus's neighbourhood. */
  readonly visibility: Visibility;
  /** The focus's neighbourhood (node → hops from the focused node), null when there is no focus. */
  readonly ego: ReadonlyMap<string, number> | null;
  /** The node whose direct neighbourhood stands out: the hovered one, else the selected one unless focused. */
  readonly highlight: string | null;
  readonly neighbours: ReadonlySet<string>;
  /** The shortest paths between the path's two ends over what is visible, once both are chosen. */
  readonly paths: PathResult | null;
  /** The nodes and relations of the listed paths, which stand out. */
  readonly route: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> } | null;
}

/** Shortest paths listed; the panel says how many more there are. */
export const PATHS_LISTED = 5;

export function createDeriver(graph: ViewerGraph): (state: ViewState) => Derived {
  const visibility = visibilityCache(graph);
  const links = visibleTopology(graph);
  let last: Derived | null = null;
  return (state) => {
    if (last?.state === state) return last;
    let v: Visibility;
    let ego: ReadonlyMap<string, number> | null = null;
    const { focus } = state;
    if (focus === null) {
      v = visibility(state.filters);
    } else if (last && last.state.focus === focus && last.state.filters === state.filters) {
      v = last.visibility;
      ego = last.ego;
    } else {
      const followed = visibility(focusFilters(state.filters, focus));
      ego = neighbourhood(graph, focus.node, focus.depth, followed);
      v = focus.hideRest ? restrictTo(graph, followed, ego) : followed;
    }
    const candidate = state.hovered ?? (focus ? null : state.selected);
    const highlight = candidate !== null && graph.hasNode(candidate) && !v.hiddenNodes.has(candidate) ? candidate : null;
    const neighbours = last && last.highlight === highlight && last.visibility === v
      ? last.neighbours
      : highlight === null ? new Set<string>() : visibleNeighbours(graph, highlight, v);
    const ends = state.path;
    let paths: PathResult | null = null;
    let route: Derived['route'] = null;
    if (last && last.state.path === ends && last.visibility === v) {
      ({ paths, route } = last);
    } else if (ends?.to) {
      paths = shortestPaths(links(v), ends.from, ends.to, PATHS_LISTED);
      const nodes = new Set([ends.from, ends.to, ...paths.paths.flat()]);
      const edges = new Set(paths.paths.flatMap((p) => p.slice(1).flatMap((node, i) => hopEdges(graph, p[i]!, node, v))));
      route = { nodes, edges };
    }
    last = { state, visibility: v, ego, highlight, neighbours, paths, route };
    return last;
  };
}
