import { readFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaDir = new URL('../schema/', import.meta.url);
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')) as Record<string, unknown>;

/** Rewrites references into defs.schema.json as local ones, and drops presence-only `anyOf`s. */
function localise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(localise);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // `anyOf`/`oneOf` of bare `required` lists constrains presence only; it has no type of its own.
    if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v) && v.every((b) => Object.keys(b as object).join() === 'required')) continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith('defs.schema.json#/$defs/')) out[k] = `#/$defs/${v.slice('defs.schema.json#/$defs/'.length)}`;
    else out[k] = localise(v);
  }
  return out;
}

/** Renders the TypeScript types of the graph document and of every data file, each type emitted once under its own name. */
export async function renderDocumentTypes(): Promise<string> {
  const graph = read('graph.schema.json');
  const $defs: Record<string, unknown> = {};
  for (const file of ['defs.schema.json', 'graph.schema.json', 'gazetteer.schema.json', 'lexicon.schema.json']) {
    Object.assign($defs, localise(read(file)['$defs']));
  }
  const { $defs: _, $id: __, $schema: ___, ...document } = graph;
  $defs['GraphDocument'] = localise(document);
  // Every top-level document kind is reachable from the root, so that each gets an exported type.
  const kinds = Object.keys($defs).filter((name) => name === 'GraphDocument' || name.endsWith('File'));
  const root = {
    title: 'DocumentTypes',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(kinds.map((name) => [name, { $ref: `#/$defs/${name}` }])),
    $defs,
  } as unknown as JSONSchema;
  return compile(root, 'DocumentTypes', {
    bannerComment: '/* Generated from schema/*.schema.json by `npm run schema:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}
