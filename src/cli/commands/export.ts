import { InvalidArgumentError, type Command } from 'commander';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { neo4jCsvPieces, neo4jImportCommand } from '../../export/csv.js';
import { gexfPieces } from '../../export/gexf.js';
import { graphmlPieces } from '../../export/graphml.js';
import { graphologyJsonPieces } from '../../export/json.js';
import { hasLayout, layout } from '../../graph/layout.js';
import { loadGraph } from '../../graph/load.js';
import { writeAtomic, writeToStream } from '../../graph/write.js';

const FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = { '.gexf': 'gexf', '.graphml': 'graphml', '.json': 'json' };

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph for other tools: GEXF (Gephi, with a timeline), GraphML, graphology JSON, Neo4j CSV')
    .argument('<graph>', 'graph document (graph.json)')
    .option('-f, --format <format>', `${FORMATS.join(', ')} (default: from the --out extension, else gexf)`, parseFormat)
    .option('-o, --out <path>', 'output file; for csv a folder (nodes.csv, relationships.csv). Default: stdout')
    .option('--no-layout', 'do not lay out a graph that has no positions')
    .action(async (file: string, opts: { format?: Format; out?: string; layout?: boolean }) => {
      const extension = opts.out?.match(/\.[^./\\]+$/)?.[0]?.toLowerCase();
      const format = opts.format ?? (extension ? EXTENSIONS[extension] : undefined) ?? 'gexf';
      const graph = loadGraph(file);
      if (opts.layout !== false && !hasLayout(graph) && graph.order > 0) layout.assign(graph);
      if (format === 'csv') {
        if (!opts.out) throw new UsageError('export: csv writes two files (nodes.csv, relationships.csv); give --out <folder>');
        const csv = neo4jCsvPieces(graph);
        writeAtomic(join(opts.out, 'nodes.csv'), csv.nodes);
        writeAtomic(join(opts.out, 'relationships.csv'), csv.relationships);
        process.stderr.write(`wrote ${join(opts.out, 'nodes.csv')} and ${join(opts.out, 'relationships.csv')}; load them with\n  ${neo4jImportCommand()}\n  (run in ${opts.out}, with the database stopped)\n`);
        return;
      }
      // Written piece by piece: a large graph's export is longer than one JavaScript string may be.
      const pieces = format === 'gexf' ? gexfPieces(graph) : format === 'graphml' ? graphmlPieces(graph) : graphologyJsonPieces(graph);
      if (opts.out) {
        writeAtomic(opts.out, pieces);
        process.stderr.write(`wrote ${opts.out} (${format}): ${graph.order} nodes, ${graph.size} edges\n`);
      } else {
        await writeToStream(process.stdout, pieces);
      }
    });
}
