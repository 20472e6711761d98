import type { Command } from 'commander';
import { buildGraph } from '../../graph/build.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { formatWarning } from '../../errors.js';
import { parseIsoDate, parseByteSize } from '../options.js';

interface BuildFlags {
  out?: string;
  published?: string;
  maxBytes?: number;
  quiet?: boolean;
  /** A folder, false for --no-cache, undefined for the default (next to --out). */
  cache?: string | boolean;
  layout?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Extract a graph from articles: files, folders (.txt .md .html .jsonl) or - for stdin')
    .argument('<paths...>', 'article files or folders')
    .option('-o, --out <file>', 'write the graph document here (default: stdout)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article, overriding what the text says', parseIsoDate)
    .option('--max-bytes <size>', 'skip inputs larger than this (e.g. 5MB)', parseByteSize)
    .option('--cache <dir>', 'reuse fragments of unchanged articles from this folder (default with --out: <out>.cache)')
    .option('--no-cache', 'extract every article again, and keep no cache')
    .option('--no-layout', 'skip the ForceAtlas2 layout (nodes get no x, y)')
    .option('-q, --quiet', 'print no warnings')
    .action(async (paths: string[], opts: BuildFlags) => {
      const cache = typeof opts.cache === 'string' ? opts.cache : opts.cache === false || !opts.out ? false : `${opts.out}.cache`;
      const result = await buildGraph(paths, {
        ...(opts.published ? { published: opts.published } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        cache,
        layout: opts.layout !== false,
      });
      if (!opts.quiet) for (const w of result.warnings) process.stderr.write(`${formatWarning(w)}\n`);
      const json = `${JSON.stringify(result.document, null, 2)}\n`;
      if (opts.out) writeFileAtomic(opts.out, json);
      else process.stdout.write(json);
      if (opts.out || cache) {
        const d = result.document;
        const reuse = cache ? ` (${result.extracted} extracted, ${result.cached} from cache)` : '';
        process.stderr.write(`built ${opts.out ?? 'graph'}: ${result.articles} articles${reuse}, ${d.nodes.length} nodes, ${d.edges.length} edges` +
          `${result.skipped ? `, ${result.skipped} skipped` : ''}, ${result.warnings.length} warnings\n`);
      }
    });
}
