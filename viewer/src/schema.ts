// The node, edge and office vocabularies, read from the schema's enums so the viewer never types them again.
import defs from '../../schema/defs.schema.json';
import type { DatePrecision, EdgeType, NodeType, Office } from '../../src/document/types.gen.js';

export type { DatePrecision, EdgeType, NodeType, Office };

export const NODE_TYPES = defs.$defs.NodeType.enum as readonly NodeType[];
export const EDGE_TYPES = defs.$defs.EdgeType.enum as readonly EdgeType[];
export const OFFICES = defs.$defs.Office.enum as readonly Office[];

const nodeTypes: ReadonlySet<string> = new Set(NODE_TYPES);
const edgeTypes: ReadonlySet<string> = new Set(EDGE_TYPES);

export const isNodeType = (value: unknown): value is NodeType => typeof value === 'string' && nodeTypes.has(value);
export const isEdgeType = (value: unknown): value is EdgeType => typeof value === 'string' && edgeTypes.has(value);

/** "phone_call" → "Phone call": enum values are snake_case everywhere, people read words. */
export function humanise(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
