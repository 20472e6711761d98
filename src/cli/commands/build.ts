import type { Command } from 'commander';
import { documentChunks, writeGraphDocument, writeToStream } from '../../graph/write.js';
import { corpusOption } from '../options.js';

interface BuildFlags {
  out?: string;
  published?: string;
  maxBytes?: number;
  quiet?: boolean;
  /** A folder, false for --no-cache, undefined for the default (next to --out). */
  cache?: string | boolean;
  layout?: boolean;
  jobs?: number;
  queue?: string;
  strict?: boolean;
  keepGoing?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Extract a graph from articles: files, folders (.txt .md .html .jsonl) or - for stdin')
    .argument('<paths...>', 'article files or folders')
    .option('-o, --out <file>', 'write the graph document here (default: stdout)')
    .addOption(corpusOption.published())
    .addOption(corpusOption.maxBytes())
    .option('--cache <dir>', 'reuse fragments of unchanged articles from this folder (default with --out: <out>.cache)')
    .option('--no-cache', 'extract every article again, and keep no cache')
    .option('--no-layout', 'skip the ForceAtlas2 layout (nodes get no x, y)')
    .addOption(corpusOption.jobs())
    .addOption(corpusOption.queue())
    .addOption(corpusOption.strict())
    .addOption(corpusOption.keepGoing())
    .addOption(corpusOption.quiet())
    .action(async (paths: string[], opts: BuildFlags) => {
      const { buildGraph } = await import('../../graph/build.js');
      const { noticeWriter, printWarnings, startRun, whereExtracted, withProgress } = await import('../long-run.js');
      const cache = typeof opts.cache === 'string' ? opts.cache : opts.cache === false || !opts.out ? false : `${opts.out}.cache`;
      const { progress, expected } = await startRun(paths, 'articles', opts.quiet);
      const result = await withProgress(progress, () => buildGraph(paths, {
        ...(opts.published ? { published: opts.published } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.jobs ? { jobs: opts.jobs } : {}),
        ...(opts.queue ? { queue: opts.queue } : {}),
        onNotice: noticeWriter(opts.quiet),
        ...(expected !== undefined ? { expected } : {}),
        cache,
        layout: opts.layout !== false,
        strict: opts.strict === true,
        keepGoing: opts.keepGoing === true,
        onArticle: (done) => progress?.update(done),
      }));
      printWarnings(result.warnings, opts.quiet);
      if (opts.out) writeGraphDocument(opts.out, result.document);
      else await writeToStream(process.stdout, documentChunks(result.document));
      if (opts.out || cache) {
        const d = result.document;
        const reuse = cache ? ` (${result.extracted} extracted, ${result.cached} from cache)` : '';
        process.stderr.write(`built ${opts.out ?? 'graph'}: ${result.articles} articles${reuse}, ${d.nodes.length} nodes, ${d.edges.length} edges` +
          `${result.skipped ? `, ${result.skipped} skipped` : ''}, ${result.warnings.length} warnings` +
          `${whereExtracted(result)}\n`);
      }
    });
}
