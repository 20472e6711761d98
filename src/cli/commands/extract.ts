// `diplograph extract`: the map step of a sharded build. Writes one fragment per line (JSON, in input order) for
// `diplograph merge` to combine; see "Scale" in the README for the line format and the cluster recipe.
import type { Command } from 'commander';
import type { Warning } from '../../document/types.gen.js';
import { AtomicWriter, writeToStream } from '../../graph/write.js';
import { corpusOption } from '../options.js';

interface ExtractFlags {
  out?: string;
  published?: string;
  maxBytes?: number;
  cache?: string;
  jobs?: number;
  queue?: string;
  strict?: boolean;
  keepGoing?: boolean;
  quiet?: boolean;
}

/** Standard output in large writes, waiting for it to drain. */
class StdoutLines {
  private pending = '';
  async write(line: string): Promise<void> {
    this.pending += line;
    if (this.pending.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text) await writeToStream(process.stdout, [text]);
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract each article\'s fragment, one JSON line per article, for `diplograph merge` (the map step of a sharded build)')
    .argument('<paths...>', 'article files or folders (.txt .md .html .jsonl), or - for stdin')
    .option('-o, --out <file>', 'write the fragment lines here, atomically (default: stdout)')
    .addOption(corpusOption.published())
    .addOption(corpusOption.maxBytes())
    .option('--cache <dir>', 'reuse fragments of unchanged articles from this folder, and add new ones (never pruned)')
    .addOption(corpusOption.jobs())
    .addOption(corpusOption.queue())
    .addOption(corpusOption.strict())
    .addOption(corpusOption.keepGoing())
    .addOption(corpusOption.quiet())
    .action(async (paths: string[], opts: ExtractFlags) => {
      const { FragmentCache } = await import('../../graph/cache.js');
      const { extractInputs } = await import('../../graph/extract-inputs.js');
      const { strictError } = await import('../../graph/strict.js');
      const { noticeWriter, printWarnings, startRun, whereExtracted, withProgress } = await import('../long-run.js');
      const { progress, expected } = await startRun(paths, 'articles', opts.quiet);
      const cache = opts.cache ? new FragmentCache(opts.cache) : undefined;
      const file = opts.out ? new AtomicWriter(opts.out) : undefined;
      const stdout = file ? undefined : new StdoutLines();
      const warnings: Warning[] = [];
      const counts = { fragments: 0, extracted: 0, cached: 0, skipped: 0 };
      const by = { thread: 0, queue: 0, store: 0 };
      try {
        await withProgress(progress, async () => {
          let done = 0;
          for await (const result of extractInputs(paths, {
            ...(opts.published ? { published: opts.published } : {}),
            ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
            ...(opts.jobs ? { jobs: opts.jobs } : {}),
            ...(opts.queue ? { queue: opts.queue } : {}),
            onNotice: noticeWriter(opts.quiet),
            ...(expected !== undefined ? { expected } : {}),
            ...(cache ? { cache } : {}),
            keepGoing: opts.keepGoing === true,
          })) {
            if (opts.strict && result.warnings.length > 0) throw strictError(result.warnings[0]!);
            warnings.push(...result.warnings);
            if (result.from === 'extracted') counts.extracted++;
            if (result.from === 'cache') counts.cached++;
            if (result.by) by[result.by]++;
            const line = result.fragmentJson;
            if (line === undefined) counts.skipped++;
            else {
              counts.fragments++;
              if (file) file.write(`${line}\n`);
              else await stdout!.write(`${line}\n`);
            }
            progress?.update(++done);
          }
        });
      } catch (error) {
        file?.abort();
        throw error;
      }
      file?.commit();
      await stdout?.flush();
      printWarnings(warnings, opts.quiet);
      const reuse = cache ? ` (${counts.extracted} extracted, ${counts.cached} from cache)` : '';
      process.stderr.write(`extracted ${counts.fragments} fragments${reuse}${opts.out ? ` into ${opts.out}` : ''}` +
        `${counts.skipped ? `, ${counts.skipped} skipped` : ''}, ${warnings.length} warnings` +
        `${whereExtracted({ onWorkers: by.thread, byQueue: by.queue, fromStore: by.store })}\n`);
    });
}
