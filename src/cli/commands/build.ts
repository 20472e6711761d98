import type { Command } from 'commander';
import { buildGraph } from '../../graph/build.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { formatWarning } from '../../errors.js';
import { parseIsoDate, parseByteSize } from '../options.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Extract a graph from articles: files, folders (.txt .md .html .jsonl) or - for stdin')
    .argument('<paths...>', 'article files or folders')
    .option('-o, --out <file>', 'write the graph document here (default: stdout)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article, overriding what the text says', parseIsoDate)
    .option('--max-bytes <size>', 'skip inputs larger than this (e.g. 5MB)', parseByteSize)
    .option('-q, --quiet', 'print no warnings')
    .action(async (paths: string[], opts: { out?: string; published?: string; maxBytes?: number; quiet?: boolean }) => {
      const result = await buildGraph(paths, {
        ...(opts.published ? { published: opts.published } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      });
      if (!opts.quiet) for (const w of result.warnings) process.stderr.write(`${formatWarning(w)}\n`);
      const json = `${JSON.stringify(result.document, null, 2)}\n`;
      if (opts.out) {
        writeFileAtomic(opts.out, json);
        const d = result.document;
        process.stderr.write(`built ${opts.out}: ${result.articles} articles, ${d.nodes.length} nodes, ${d.edges.length} edges` +
          `${result.skipped ? `, ${result.skipped} skipped` : ''}, ${result.warnings.length} warnings\n`);
      } else {
        process.stdout.write(json);
      }
    });
}
