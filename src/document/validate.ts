// One Ajv instance, strict and collecting every error; validators are compiled once, at module load.
// Ajv's errors become one readable line each: `file#/json/pointer message`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
import { schemaDir } from '../paths.js';
import type {
  AgreementsFile, AgreementWordsFile, BlocsFile, BoilerplateFile, CalendarFile, CameoVerbsFile, CuratedTriggersFile, EventTypesFile, GrammarFile, GraphDocument, LeadersFile, MembershipFile, MentionsFile, ModalityFile,
  SyntaxFile,
  StatesFile, TitlesFile,
} from './types.gen.js';

// strictRequired is off because `anyOf: [{required: [file]}, {required: [url]}]` names properties declared
// in the parent object, which is the idiom for "one of these must be present".
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
for (const name of ['defs.schema.json', 'graph.schema.json', 'gazetteer.schema.json', 'lexicon.schema.json']) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object);
}

function compiled<T>(ref: string): ValidateFunction<T> {
  const fn = ajv.getSchema<T>(ref);
  if (!fn) throw new Error(`diplograph: schema ${ref} is missing`);
  return fn;
}

const base = 'https://diplograph.dev/schema/';
export const validators = {
  graph: compiled<GraphDocument>(`${base}graph.schema.json`),
  states: compiled<StatesFile>(`${base}gazetteer.schema.json#/$defs/StatesFile`),
  leaders: compiled<LeadersFile>(`${base}gazetteer.schema.json#/$defs/LeadersFile`),
  blocs: compiled<BlocsFile>(`${base}gazetteer.schema.json#/$defs/BlocsFile`),
  agreements: compiled<AgreementsFile>(`${base}gazetteer.schema.json#/$defs/AgreementsFile`),
  titles: compiled<TitlesFile>(`${base}lexicon.schema.json#/$defs/TitlesFile`),
  mentions: compiled<MentionsFile>(`${base}lexicon.schema.json#/$defs/MentionsFile`),
  agreementWords: compiled<AgreementWordsFile>(`${base}lexicon.schema.json#/$defs/AgreementWordsFile`),
  cameoVerbs: compiled<CameoVerbsFile>(`${base}lexicon.schema.json#/$defs/CameoVerbsFile`),
  curatedTriggers: compiled<CuratedTriggersFile>(`${base}lexicon.schema.json#/$defs/CuratedTriggersFile`),
  modality: compiled<ModalityFile>(`${base}lexicon.schema.json#/$defs/ModalityFile`),
  membership: compiled<MembershipFile>(`${base}lexicon.schema.json#/$defs/MembershipFile`),
  boilerplate: compiled<BoilerplateFile>(`${base}lexicon.schema.json#/$defs/BoilerplateFile`),
  grammar: compiled<GrammarFile>(`${base}lexicon.schema.json#/$defs/GrammarFile`),
  eventTypes: compiled<EventTypesFile>(`${base}lexicon.schema.json#/$defs/EventTypesFile`),
  syntax: compiled<SyntaxFile>(`${base}lexicon.schema.json#/$defs/SyntaxFile`),
  calendar: compiled<CalendarFile>(`${base}lexicon.schema.json#/$defs/CalendarFile`),
} as const;

export type DocumentKind = keyof typeof validators;
type Validated<K extends DocumentKind> = (typeof validators)[K] extends ValidateFunction<infer T> ? T : never;

export interface SchemaProblem {
  readonly pointer: string;
  readonly message: string;
}

function describe(error: ErrorObject): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'additionalProperties') message = `has unknown property "${String(params['additionalProperty'])}"`;
  if (error.keyword === 'enum') message = `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return { pointer: error.instancePath === '' ? '/' : error.instancePath, message };
}

/** Every schema problem of `data` as a kind of document; an empty list when it is valid. */
export function schemaProblems(kind: DocumentKind, data: unknown): SchemaProblem[] {
  const validate = validators[kind];
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of validate.errors ?? []) {
    // anyOf branches repeat each other; keep the first message per location.
    const p = describe(e);
    const key = `${p.pointer} ${p.message}`;
    if (!seen.has(key)) { seen.add(key); problems.push(p); }
  }
  return problems;
}

/** Returns `data` typed when valid; otherwise throws an InputError listing each pointer and message. */
export function assertValid<K extends DocumentKind>(kind: K, data: unknown, file: string): Validated<K> {
  const problems = schemaProblems(kind, data);
  if (problems.length === 0) return data as Validated<K>;
  const first = problems[0]!;
  const lines = problems.slice(0, 20).map((p) => `  ${file}#${p.pointer} ${p.message}`);
  const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more`] : [];
  throw new InputError(file, `not a valid ${kind} document (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${[...lines, ...more].join('\n')}`, { pointer: first.pointer });
}
