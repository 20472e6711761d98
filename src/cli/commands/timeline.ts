import type { Command } from 'commander';
import { formatTable } from '../table.js';
import { addFilterOptions, ARROWS, filterOptions, firstQuote, INFERRED_NOTE, shownDate, type FilterFlags } from './neighbours.js';

export function registerTimeline(program: Command): void {
  addFilterOptions(program
    .command('timeline')
    .description("List a node's dated edges in the order they happened")
    .argument('<graph>', 'graph document (graph.json)')
    .argument('<name>', 'name, alias or id of the node'))
    .action(async (file: string, name: string, opts: FilterFlags) => {
      const { loadGraph } = await import('../../graph/load.js');
      const { findNode } = await import('../../query/find-node.js');
      const { timeline } = await import('../../query/timeline.js');
      const graph = loadGraph(file);
      const key = findNode(graph, name);
      const entries = timeline(graph, key, filterOptions(opts));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ node: { id: key, ...graph.getNodeAttributes(key) }, timeline: entries }, null, 2)}\n`);
        return;
      }
      const a = graph.getNodeAttributes(key);
      const rows = entries.map((t) => [
        shownDate(t.edge.date, t.edge.datePrecision), t.edge.type, ARROWS[t.direction], t.other.label, String(t.edge.sources), firstQuote(t.edge),
      ]);
      const lines = [`${a.label} (${key}), ${a.type}: ${entries.length} dated edge${entries.length === 1 ? '' : 's'}`];
      if (rows.length > 0) {
        lines.push('', formatTable(['date', 'edge', 'dir', 'with', 'sources', 'quote'], rows, { maxWidths: { 3: 40, 5: 60 }, right: [4] }));
        if (rows.some((r) => r[0]!.endsWith('~'))) lines.push('', INFERRED_NOTE);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
