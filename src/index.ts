// The public API: re-exports only.

/** Loads the bundled gazetteer and lexicon from data/ (once per process). */
export { loadKnowledge, loadKnowledgeFrom, type Knowledge } from './knowledge/load.js';
/** Extracts one article's fragment: a graph document holding that article alone. */
export { extract, type Extraction, type ExtractOptions } from './extract/pipeline.js';
/** Reads files, folders, JSONL and stdin into articles, with a warning per unusable input. */
export { readInputs, parseArticle } from './extract/read/index.js';
export type { SourceArticle, ReadOptions, ReadResult } from './extract/read/types.js';
/** Builds one graph document from input paths. */
export { buildGraph, type BuildOptions, type BuildResult } from './graph/build.js';
/** Merges graph documents (fragments or graphs) into one. */
export { mergeDocuments } from './graph/merge.js';
/** Validates a document against the JSON Schemas in schema/. */
export { assertValid, schemaProblems } from './document/validate.js';
export type * from './document/types.gen.js';
export { DiplographError, InputError, NotFoundError, AmbiguousNameError, UsageError } from './errors.js';
