import { InvalidArgumentError, type Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../errors.js';
import { writeAtomic, writeToStream } from '../../graph/write.js';

const FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = { '.gexf': 'gexf', '.graphml': 'graphml', '.json': 'json', '.csv': 'csv' };

/** The format an --out path names: by its extension, or csv for a folder (existing, or written with a trailing slash). */
function impliedFormat(out: string): Format | undefined {
  const extension = /\.[^./\\]+$/.exec(out)?.[0]?.toLowerCase();
  if (extension !== undefined && EXTENSIONS[extension]) return EXTENSIONS[extension];
  if (/[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory())) return 'csv';
  return undefined;
}

/** --format, else what --out names, else GEXF; a --format that --out contradicts is a usage error. */
function chooseFormat(format: Format | undefined, out: string | undefined): Format {
  const implied = out === undefined ? undefined : impliedFormat(out);
  if (format && implied && format !== implied) throw new UsageError(`export: --format ${format} contradicts --out ${out}, which names ${implied}`);
  return format ?? implied ?? 'gexf';
}

/** Where csv's two files go: into the folder --out names, or beside a `<name>.csv` as `<name>.nodes.csv` and `<name>.relationships.csv`. */
function csvFiles(out: string): { nodes: string; relationships: string } {
  if (!/\.csv$/i.test(out)) return { nodes: join(out, 'nodes.csv'), relationships: join(out, 'relationships.csv') };
  const stem = out.slice(0, -'.csv'.length);
  return { nodes: `${stem}.nodes.csv`, relationships: `${stem}.relationships.csv` };
}

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph for other tools: GEXF (Gephi, with a timeline), GraphML, graphology JSON, Neo4j CSV')
    .argument('<graph>', 'graph document (graph.json)')
    .option('-f, --format <format>', `${FORMATS.join(', ')} (default: what --out names, else gexf)`, parseFormat)
    .option('-o, --out <path>', 'output file (.gexf .graphml .json .csv) or, for csv, a folder (nodes.csv, relationships.csv). Default: stdout')
    .option('--no-layout', 'do not lay out a graph that has no positions')
    .action(async (file: string, opts: { format?: Format; out?: string; layout?: boolean }) => {
      const format = chooseFormat(opts.format, opts.out);
      const { hasLayout, layout } = await import('../../graph/layout.js');
      const { loadGraph } = await import('../../graph/load.js');
      const { neo4jCsvPieces, neo4jImportCommand } = await import('../../export/csv.js');
      const { gexfPieces } = await import('../../export/gexf.js');
      const { graphmlPieces } = await import('../../export/graphml.js');
      const { graphologyJsonPieces } = await import('../../export/json.js');
      const graph = loadGraph(file);
      if (opts.layout !== false && !hasLayout(graph) && graph.order > 0) layout.assign(graph);
      if (format === 'csv') {
        if (!opts.out) throw new UsageError('export: csv writes two files (nodes.csv, relationships.csv); give --out <folder>');
        const csv = neo4jCsvPieces(graph);
        const to = csvFiles(opts.out);
        writeAtomic(to.nodes, csv.nodes);
        writeAtomic(to.relationships, csv.relationships);
        process.stderr.write(`wrote ${to.nodes} and ${to.relationships}; load them with\n  ${neo4jImportCommand(basename(to.nodes), basename(to.relationships))}\n  (run in ${dirname(to.nodes)}, with the database stopped)\n`);
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
