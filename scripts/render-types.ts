import { readFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaDir = new URL('../schema/', import.meta.url);
const read = (name: string): JSONSchema => JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')) as JSONSchema;

/** Renders the TypeScript types of the graph document, its definitions and the gazetteer files. */
export async function renderDocumentTypes(): Promise<string> {
  const defs = read('defs.schema.json');
  const graph = read('graph.schema.json');
  const gazetteer = read('gazetteer.schema.json');
  const lexicon = read('lexicon.schema.json');
  // Inline the shared $defs so that every type is emitted once, under its own name.
  const resolveRefs = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolveRefs);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        // `anyOf` of bare `required` lists constrains presence only; it has no type of its own.
        if (k === 'anyOf' && Array.isArray(v) && v.every((b) => Object.keys(b as object).join() === 'required')) continue;
        if (k === '$ref' && typeof v === 'string' && v.startsWith('defs.schema.json#/$defs/')) {
          out[k] = `#/$defs/${v.slice('defs.schema.json#/$defs/'.length)}`;
        } else out[k] = resolveRefs(v);
      }
      return out;
    }
    return node;
  };
  const combined = {
    title: 'DocumentTypes',
    type: 'object',
    additionalProperties: false,
    properties: {
      graph: { $ref: '#/$defs/GraphDocument' },
      states: { $ref: '#/$defs/StatesFile' },
      leaders: { $ref: '#/$defs/LeadersFile' },
      blocs: { $ref: '#/$defs/BlocsFile' },
      agreements: { $ref: '#/$defs/AgreementsFile' },
      titles: { $ref: '#/$defs/TitlesFile' },
      mentions: { $ref: '#/$defs/MentionsFile' },
      agreementWords: { $ref: '#/$defs/AgreementWordsFile' },
      triggers: { $ref: '#/$defs/TriggersFile' },
      modality: { $ref: '#/$defs/ModalityFile' },
      membership: { $ref: '#/$defs/MembershipFile' },
      boilerplate: { $ref: '#/$defs/BoilerplateFile' },
      grammar: { $ref: '#/$defs/GrammarFile' },
    },
    $defs: {
      ...(resolveRefs((defs as { $defs: object }).$defs) as object),
      ...(resolveRefs((graph as { $defs: object }).$defs) as object),
      ...(resolveRefs((gazetteer as { $defs: object }).$defs) as object),
      ...(resolveRefs((lexicon as { $defs: object }).$defs) as object),
      GraphDocument: resolveRefs({ ...graph, $defs: undefined, $id: undefined, $schema: undefined }),
    },
  } as unknown as JSONSchema;
  const ts = await compile(combined, 'DocumentTypes', {
    bannerComment:
      '/* Generated from schema/*.schema.json by `npm run schema:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return ts;
}
