// `diplograph merge`: the reduce step of a sharded build. Any split of a corpus, merged in any order or grouping,
// gives the same graph byte for byte.
import type { Command } from 'commander';
import { documentChunks, writeGraphDocument, writeToStream } from '../../graph/write.js';
import { corpusOption } from '../options.js';

interface MergeFlags {
  out?: string;
  layout?: boolean;
  strict?: boolean;
  keepGoing?: boolean;
  quiet?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('Merge fragment lines (from `diplograph extract`) and graph documents into one graph (the reduce step)')
    .argument('<inputs...>', 'fragment files (.jsonl), graph documents (.json), folders of them, or - for stdin')
    .option('-o, --out <file>', 'write the graph document here, atomically (default: stdout)')
    .option('--no-layout', 'skip the ForceAtlas2 layout (nodes get no x, y); for intermediate merges')
    .addOption(corpusOption.strict())
    .addOption(corpusOption.keepGoing())
    .addOption(corpusOption.quiet())
    .action(async (inputs: string[], opts: MergeFlags) => {
      const { mergeFiles, SHARD_EXTENSIONS } = await import('../../graph/shards.js');
      const { printWarnings, startRun, withProgress } = await import('../long-run.js');
      const { progress } = await startRun(inputs, 'documents', opts.quiet, SHARD_EXTENSIONS);
      const result = await withProgress(progress, () => mergeFiles(inputs, {
        layout: opts.layout !== false,
        strict: opts.strict === true,
        keepGoing: opts.keepGoing === true,
        onDocument: (done) => progress?.update(done),
      }));
      printWarnings(result.warnings, opts.quiet);
      if (opts.out) writeGraphDocument(opts.out, result.document);
      else await writeToStream(process.stdout, documentChunks(result.document));
      const d = result.document;
      process.stderr.write(`merged ${result.documents} documents${opts.out ? ` into ${opts.out}` : ''}: ${d.articles.length} articles, ${d.nodes.length} nodes, ${d.edges.length} edges` +
        `${result.skipped ? `, ${result.skipped} skipped` : ''}, ${result.warnings.length} warnings\n`);
    });
}
