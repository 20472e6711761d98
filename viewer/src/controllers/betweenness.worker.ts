// Betweenness off the page's thread: at 10,000 nodes it takes tens of seconds, and the page must stay usable.
// Receives a serialised topology (data/topology.ts), answers with [node, betweenness] pairs.
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { betweenness } from '../data/measures.js';
import type { Topology } from '../data/topology.js';

addEventListener('message', (event: MessageEvent<SerializedGraph>) => {
  const t = UndirectedGraph.from(event.data) as unknown as Topology;
  postMessage([...betweenness(t)]);
});
