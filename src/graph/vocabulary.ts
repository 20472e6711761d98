// The node and edge types, read from the schema's enums (schema/defs.schema.json): the one list, never
// retyped in code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgeType, NodeType } from '../document/types.gen.js';
import { schemaDir } from '../paths.js';

const defs = JSON.parse(readFileSync(join(schemaDir, 'defs.schema.json'), 'utf8')) as {
  $defs: { NodeType: { enum: NodeType[] }; EdgeType: { enum: EdgeType[] } };
};

/** Node types in schema order. */
export const nodeTypes: readonly NodeType[] = defs.$defs.NodeType.enum;
/** Edge types in schema order. */
export const edgeTypes: readonly EdgeType[] = defs.$defs.EdgeType.enum;

export function isEdgeType(value: string): value is EdgeType {
  return (edgeTypes as readonly string[]).includes(value);
}
