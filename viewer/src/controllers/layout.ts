// Re-layout: ForceAtlas2 in a web worker, started and stopped from the toolbar. Positions belong to the
// document, so the worker writes them into the graph; sigma redraws as they move.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../data/graph.js';
import { setLayoutRunning, type Store } from '../state.js';

export interface LayoutController {
  toggle(): void;
  dispose(): void;
}

export function createLayoutController(graph: ViewerGraph, store: Store): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  const stop = (): void => {
    supervisor?.stop();
    store.update(setLayoutRunning, false);
  };
  return {
    toggle() {
      if (supervisor?.isRunning()) { stop(); return; }
      supervisor ??= new FA2LayoutSupervisor(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
      supervisor.start();
      store.update(setLayoutRunning, true);
    },
    dispose() {
      stop();
      supervisor?.kill();
      supervisor = null;
    },
  };
}
