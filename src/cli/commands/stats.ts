import type { Command } from 'commander';
import { formatTable } from '../table.js';
import { parsePositiveInt } from './neighbours.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count nodes and edges by type, list the most connected nodes, give the span of dated edges')
    .argument('<graph>', 'graph document (graph.json)')
    .option('--top <n>', 'how many of the most connected nodes to list (default 10)', parsePositiveInt)
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { top?: number; json?: boolean }) => {
      const { loadGraph } = await import('../../graph/load.js');
      const { stats } = await import('../../query/stats.js');
      const s = stats(loadGraph(file), opts.top ? { top: opts.top } : {});
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      const counts = (record: Record<string, number>) => Object.entries(record).filter(([, n]) => n > 0).map(([t, n]) => [t, String(n)]);
      const lines = [
        `articles ${s.articles}, nodes ${s.nodes}, edges ${s.edges} (${s.multiSourceEdges} reported by several articles, ${s.datedEdges} dated)`,
        `dates: ${s.dateRange ? `${s.dateRange.from} to ${s.dateRange.to}` : 'none'}`,
        '',
        formatTable(['node type', 'count'], counts(s.nodesByType), { right: [1] }),
        '',
        formatTable(['edge type', 'count'], counts(s.edgesByType), { right: [1] }),
      ];
      if (s.topNodes.length > 0) {
        lines.push('', formatTable(['most connected', 'id', 'type', 'degree'], s.topNodes.map((n) => [n.label, n.id, n.type, String(n.degree)]), { right: [3] }));
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
