import { InvalidArgumentError, type Command } from 'commander';
import type { DatePrecision, Edge, EdgeType } from '../../document/types.gen.js';
import { dateToken } from '../../graph/dates.js';
import { edgeTypes, isEdgeType } from '../../graph/vocabulary.js';
import type { Direction } from '../../query/neighbours.js';
import { formatTable } from '../table.js';
import { parseSince, parseUntil } from '../options.js';

// Option parsers shared by the query commands.
export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return Number(value);
}

/** `--type meeting --type phone_call` or `--type meeting,phone_call`. */
export function collectTypes(value: string, previous: EdgeType[] = []): EdgeType[] {
  const types = value.split(',').map((t) => t.trim()).filter((t) => t !== '');
  for (const t of types) if (!isEdgeType(t)) throw new InvalidArgumentError(`unknown edge type "${t}" (known: ${edgeTypes.join(', ')})`);
  return [...previous, ...(types as EdgeType[])];
}

export interface FilterFlags {
  type?: EdgeType[];
  since?: string;
  until?: string;
  minSources?: number;
  json?: boolean;
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('-t, --type <types>', 'only these edge types (repeat, or separate with commas)', collectTypes)
    .option('--since <date>', 'only edges on or after this day (YYYY-MM-DD, or YYYY-MM / YYYY from its first day); leaves undated edges out', parseSince)
    .option('--until <date>', 'only edges on or before this day (YYYY-MM-DD, or YYYY-MM / YYYY to its last day); leaves undated edges out', parseUntil)
    .option('--min-sources <n>', 'only edges reported by at least n articles', parsePositiveInt)
    .option('--json', 'print JSON instead of a table');
}

export function filterOptions(opts: FilterFlags) {
  return {
    ...(opts.type ? { types: opts.type } : {}),
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    ...(opts.minSources ? { minSources: opts.minSources } : {}),
  };
}

export const ARROWS: Record<Direction, string> = { out: '->', in: '<-', both: '--' };

/** "2024-03-19", "2024-03" (month), "2024", "2024-03-19~" when only the publication date stands in, "" undated. */
export function shownDate(date: string | null, precision: DatePrecision): string {
  const token = dateToken(date, precision);
  if (token === 'undated') return '';
  return precision === 'inferred' ? `${token}~` : token;
}

export function firstQuote(edge: Edge): string {
  return edge.provenance[0]?.quote.replace(/\s+/g, ' ') ?? '';
}

export const INFERRED_NOTE = '~ the publication date stands in for a date the text does not state';

export function registerNeighbours(program: Command): void {
  addFilterOptions(program
    .command('neighbours')
    .description('List the nodes joined to a node (by name, alias or id) and the edges that join them')
    .argument('<graph>', 'graph document (graph.json)')
    .argument('<name>', 'name, alias or id of the node'))
    .option('--depth <n>', 'follow edges this many hops (default 1)', parsePositiveInt)
    .option('--direction <dir>', 'out (as source), in (as target) or both (default); undirected edges always count', (v: string) => {
      if (v !== 'out' && v !== 'in' && v !== 'both') throw new InvalidArgumentError(`expected out, in or both, got "${v}"`);
      return v as Direction;
    })
    .action(async (file: string, name: string, opts: FilterFlags & { depth?: number; direction?: Direction }) => {
      const { loadGraph } = await import('../../graph/load.js');
      const { findNode } = await import('../../query/find-node.js');
      const { neighbours } = await import('../../query/neighbours.js');
      const graph = loadGraph(file);
      const centre = findNode(graph, name);
      const found = neighbours(graph, centre, {
        ...filterOptions(opts),
        ...(opts.depth ? { depth: opts.depth } : {}),
        ...(opts.direction ? { direction: opts.direction } : {}),
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ node: { id: centre, ...graph.getNodeAttributes(centre) }, neighbours: found }, null, 2)}\n`);
        return;
      }
      const a = graph.getNodeAttributes(centre);
      const deep = (opts.depth ?? 1) > 1;
      const rows: string[][] = [];
      for (const n of found) {
        for (const e of n.edges) {
          rows.push([
            ...(deep ? [String(n.depth)] : []),
            n.node.label, n.node.type, e.type, ARROWS[e.direction], shownDate(e.date, e.datePrecision), String(e.sources), firstQuote(e),
            ...(deep ? [graph.getNodeAttribute(e.from, 'label')] : []),
          ]);
        }
      }
      const lines = [`${a.label} (${centre}), ${a.type}: ${found.length} neighbour${found.length === 1 ? '' : 's'}, ${rows.length} edge${rows.length === 1 ? '' : 's'}`];
      if (rows.length > 0) {
        const header = [...(deep ? ['hop'] : []), 'neighbour', 'node', 'edge', 'dir', 'date', 'sources', 'quote', ...(deep ? ['via'] : [])];
        const offset = deep ? 1 : 0;
        lines.push('', formatTable(header, rows, { maxWidths: { [offset + 0]: 40, [offset + 6]: 60 }, right: [offset + 5] }));
        if (rows.some((r) => r[offset + 5]!.endsWith('~'))) lines.push('', INFERRED_NOTE);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
