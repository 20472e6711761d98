// The public API: re-exports only.

/** Loads the bundled gazetteer and lexicon from data/ (once per process). */
export { loadKnowledge, loadKnowledgeFrom, type Knowledge } from './knowledge/load.js';
/** Extracts one article's fragment: a graph document holding that article alone. */
export { extract, type Extraction, type ExtractOptions } from './extract/pipeline.js';
/** Reads files, folders, JSONL and stdin into articles, with a warning per unusable input. */
export { readInputs, parseArticle } from './extract/read/index.js';
export type { SourceArticle, ReadOptions, ReadResult } from './extract/read/types.js';
/**
 * Builds one graph document from input paths, reusing cached fragments of unchanged articles when given a cache
 * folder. Articles are extracted on `jobs` worker threads (default: one per core) and merged as they come; the
 * result is the same bytes whatever `jobs`. `strict` throws the first warning as an InputError.
 */
export { buildGraph, type BuildOptions, type BuildResult } from './graph/build.js';
/**
 * The map step: every input of some paths (files, folders, JSONL, `-`), read as a stream and extracted on worker
 * threads or from a fragment cache, handed out in input order with its warnings and its fragment (also as one
 * line of JSON, what `diplograph extract` writes). Reading pauses while the workers are busy: memory stays bounded.
 */
export { extractInputs, InputExtraction, type ExtractInputsOptions } from './graph/extract-inputs.js';
/**
 * What `diplograph worker` runs: `QueueWorker.start(url, { concurrency })` takes batches of articles off the Redis
 * queue at `url` (`redis://[:password@]host[:port][/db]`, `rediss://` for TLS), extracts them on `concurrency`
 * threads and stores their fragments there, for `buildGraph` and `extractInputs` given `queue: url`; `stop()`
 * finishes the batches held. `redactUrls` takes user and password out of every URL in a text.
 */
export { QueueWorker, type QueueWorkerOptions } from './queue/worker.js';
export { redactUrls } from './queue/url.js';
/**
 * The reduce step: `readShards` reads fragment-line files (`.jsonl`, `-`), graph documents (`.json`) and folders of
 * them, checking each line against the schema (a bad line is a warning with its file and line); `mergeFiles`
 * merges them all and lays the graph out. Any split into shards, in any order, gives the same document.
 */
export { mergeFiles, readShards, readFragmentLine, type MergeFilesOptions, type MergeFilesResult, type ShardItem } from './graph/shards.js';
/**
 * Merges graph documents (fragments or graphs) into one: one edge per event with every report's provenance, date
 * disagreements reconciled and kept in `dateReported`. Order- and grouping-independent.
 */
export { mergeDocuments, type MergeOptions } from './graph/merge.js';
/**
 * mergeDocuments one document at a time: `add` folds a fragment or graph into the running union, `result` gives
 * the merged document. Holds the union, never the documents, so a corpus of any size can stream through it.
 */
export { GraphMerger } from './graph/merge.js';
/**
 * Writes a graph document as `JSON.stringify(doc, null, 2)` would, item by item (a large graph is more text than one
 * string may hold), to a temporary file renamed into place: readers never see half a file. `documentChunks` gives
 * the same text in pieces, for a stream.
 */
export { writeGraphDocument, documentChunks } from './graph/write.js';
/** Reads and validates a graph document (`readGraphDocument`) or loads it as a graphology MultiDirectedGraph (`loadGraph`). */
export { loadGraph, readGraphDocument } from './graph/load.js';
/** Converts between the graph document and the graph; `DiploGraph` is a MultiDirectedGraph keyed by EntityKeys and edge ids. */
export { toGraph, toDocument, type DiploGraph, type NodeAttributes, type EdgeAttributes, type GraphAttributes } from './graph/document.js';
/**
 * Deterministic ForceAtlas2 positions (seeded start points); `layout.assign` writes x, y into the nodes;
 * `layoutDocument` returns a document with them, without building a graph.
 */
export { layout, layoutDocument, type LayoutOptions, type Positions } from './graph/layout.js';
/** Resolves a name, alias, Wikidata id, ISO code or node id to one node id; throws AmbiguousNameError or NotFoundError. */
export { findNode } from './query/find-node.js';
/** Neighbours of a node up to a depth, with the connecting edges, their dates and provenance. */
export { neighbours, type NeighbourOptions, type Neighbour, type ConnectingEdge, type Direction } from './query/neighbours.js';
/** A node's dated edges in date order. */
export { timeline, type TimelineOptions, type TimelineEntry } from './query/timeline.js';
/** Counts by type, most connected nodes, span of dates. */
export { stats, type StatsOptions, type GraphStats } from './query/stats.js';
/** Edge filters shared by neighbours and timeline: types, since/until (IsoDates, inclusive), minSources. */
export type { EdgeFilter } from './query/filter.js';
/** GEXF 1.3 with a timeline (Gephi), GraphML (networkx, yEd), graphology JSON, Neo4j import CSV. */
export { toGexf, gexfPieces, type GexfOptions } from './export/gexf.js';
export { toGraphml, graphmlPieces } from './export/graphml.js';
export { toGraphologyJson, graphologyJsonPieces } from './export/json.js';
export { toNeo4jCsv, neo4jCsvPieces, neo4jImportCommand, type Neo4jCsv, type Neo4jCsvPieces } from './export/csv.js';
/** Validates a document against the JSON Schemas in schema/. */
export { assertValid, schemaProblems } from './document/validate.js';
export type * from './document/types.gen.js';
export { DiplographError, InputError, NotFoundError, AmbiguousNameError, UsageError } from './errors.js';
