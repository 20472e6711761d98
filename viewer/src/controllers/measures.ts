// The graph's measures for the page (data/measures.ts), each computed once, when first asked for: communities,
// degrees and counts by type take a blink even at 10,000 nodes; betweenness takes tens of seconds there, so it runs
// in a worker and is null until it arrives, when listeners hear of it. Timings are left as performance measures
// (diplograph:communities, diplograph:betweenness) for the benchmark.
import type { EdgeType } from '../../../src/document/types.gen.js';
import type { ViewerGraph } from '../data/graph.js';
import { communities, degrees, typeCounts, weightedDegrees, type Communities } from '../data/measures.js';
import { topology, type Topology } from '../data/topology.js';

export interface MeasuresController {
  communities(): Communities;
  degree(): ReadonlyMap<string, number>;
  weightedDegree(): ReadonlyMap<string, number>;
  typeCounts(): ReadonlyMap<string, ReadonlyMap<EdgeType, number>>;
  /** Null while it is being computed; the first call starts it. */
  betweenness(): ReadonlyMap<string, number> | null;
  /** Called once betweenness is known. */
  onBetweenness(listener: () => void): () => void;
  dispose(): void;
}

function timed<T>(name: string, compute: () => T): T {
  performance.mark(`${name}:start`);
  const value = compute();
  performance.measure(name, `${name}:start`);
  return value;
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

export function createMeasuresController(graph: ViewerGraph): MeasuresController {
  const links = once((): Topology => topology(graph));
  const listeners = new Set<() => void>();
  let worker: Worker | null = null;
  let between: ReadonlyMap<string, number> | null = null;

  const startBetweenness = (): void => {
    if (worker || between) return;
    performance.mark('diplograph:betweenness:start');
    worker = new Worker(new URL('./betweenness.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<[string, number][]>) => finish(new Map(event.data)));
    worker.addEventListener('error', (event) => console.error('betweenness worker:', event.message));
    worker.postMessage(links().export());
  };
  const finish = (result: ReadonlyMap<string, number>): void => {
    performance.measure('diplograph:betweenness', 'diplograph:betweenness:start');
    between = result;
    worker?.terminate();
    worker = null;
    for (const listener of [...listeners]) listener();
  };

  return {
    communities: once(() => timed('diplograph:communities', () => communities(links()))),
    degree: once(() => degrees(graph)),
    weightedDegree: once(() => weightedDegrees(graph)),
    typeCounts: once(() => typeCounts(graph)),
    betweenness() {
      startBetweenness();
      return between;
    },
    onBetweenness(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      listeners.clear();
    },
  };
}
