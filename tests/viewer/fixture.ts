// A small graph document written for the viewer's unit tests: leaders, states and a bloc from several regions,
// parallel edges, dated and undated relations, one relation with three sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edge, EdgeType, GraphDocument, Node, NodeType } from '../../src/document/types.gen.js';
import { repoRoot } from '../helpers/corpus.js';

// The type lists, from the schema as the viewer reads them (viewer/src/schema.ts imports the same file).
const defs = JSON.parse(readFileSync(join(repoRoot, 'schema', 'defs.schema.json'), 'utf8')) as { $defs: Record<string, { enum: string[] }> };
export const NODE_TYPES = defs.$defs['NodeType']!.enum as NodeType[];
export const EDGE_TYPES = defs.$defs['EdgeType']!.enum as EdgeType[];

const node = (id: string, label: string, aliases: string[] = []): Node => ({
  id, type: id.split('/')[0] as Node['type'], label, aliases, provenance: [],
});

const edge = (id: string, type: Edge['type'], source: string, target: string, date: string | null, sources = 1): Edge => ({
  id, type, source, target, directed: ['congratulation', 'leader_of', 'member_of', 'condemnation', 'support', 'signed', 'party_to'].includes(type),
  date, datePrecision: date ? 'day' : 'none', attributes: {}, sources,
  provenance: [{ article: 'a1', sentence: 0, start: 0, end: 4, quote: 'text' }],
});

export function fixtureDocument(): GraphDocument {
  return {
    format: 'diplograph/1',
    articles: [{ id: 'a1', title: 'Talks', published: '2024-01-02', file: 'a1.txt', sha256: '0'.repeat(64) }],
    nodes: [
      node('leader/Q1', 'Luiz Inácio Lula da Silva', ['Lula']),
      node('leader/Q2', 'Cyril Ramaphosa'),
      node('leader/Q3', 'Narendra Modi', ['Modi']),
      node('leader/Q4', 'Recep Tayyip Erdoğan', ['Erdogan', 'Tayyip Erdogan']),
      node('state/BRA', 'Brazil'),
      node('state/ZAF', 'South Africa'),
      node('state/IND', 'India'),
      node('bloc/brics', 'BRICS', ['Brics group']),
      node('agreement/paris', 'Paris Agreement'),
    ],
    edges: [
      edge('call-1', 'phone_call', 'leader/Q1', 'leader/Q2', '2023-08-20'),
      edge('meet-1', 'meeting', 'leader/Q1', 'leader/Q2', '2023-08-22', 3),
      edge('meet-2', 'meeting', 'leader/Q2', 'leader/Q1', '2024-02-01'),
      edge('congr-1', 'congratulation', 'leader/Q3', 'leader/Q1', '2022-10-31'),
      edge('lead-1', 'leader_of', 'leader/Q1', 'state/BRA', null),
      edge('lead-2', 'leader_of', 'leader/Q2', 'state/ZAF', null),
      edge('member-1', 'member_of', 'state/BRA', 'bloc/brics', null),
      edge('member-2', 'member_of', 'state/IND', 'bloc/brics', null),
    ],
  };
}
