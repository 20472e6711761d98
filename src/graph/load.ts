// Reads a graph document from disk, checked at the door: a file that is missing, not JSON or not valid against
// schema/graph.schema.json is an InputError naming the file (and the JSON pointer of each schema problem).
// A large file is read piece by piece (document-stream.ts): its text may not fit in one string.
import { readFileSync, statSync } from 'node:fs';
import type { GraphDocument } from '../document/types.gen.js';
import { assertValid, schemaProblems } from '../document/validate.js';
import { InputError } from '../errors.js';
import { readLargeJsonObject } from './document-stream.js';
import { toGraph, type DiploGraph } from './document.js';

/** Files above this many bytes are read piece by piece; V8 strings stop at about 512 million characters. */
export const STREAM_ABOVE_BYTES = 256 * 2 ** 20;

function unreadable(file: string, cause: unknown): InputError {
  const code = (cause as NodeJS.ErrnoException).code;
  return new InputError(file, `cannot read graph: ${code === 'ENOENT' ? 'no such file' : (cause as Error).message}`, { cause });
}

/** The validated document in `file`. `streamAbove` (bytes) is for tests of the piecewise reader. */
export function readGraphDocument(file: string, options: { streamAbove?: number } = {}): GraphDocument {
  let data: unknown;
  try {
    if (statSync(file).size > (options.streamAbove ?? STREAM_ABOVE_BYTES)) {
      data = readLargeJsonObject(file);
    } else {
      const text = readFileSync(file, 'utf8');
      data = JSON.parse(text);
    }
  } catch (cause) {
    if (cause instanceof SyntaxError) throw new InputError(file, `not JSON: ${cause.message}`, { cause });
    if ((cause as NodeJS.ErrnoException).code === undefined) throw cause;
    throw unreadable(file, cause);
  }
  try {
    return assertValid('graph', data, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // One line for the terminal: the first problem, and how many more the cause lists.
    const problems = schemaProblems('graph', data);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(file, `not a valid graph document: ${first?.message ?? 'schema problem'}${more}`, {
      ...(error.pointer !== undefined ? { pointer: error.pointer } : {}), cause: error,
    });
  }
}

/**
 * Loads a graph document (what `diplograph build` writes) as a graphology MultiDirectedGraph: node keys are
 * EntityKeys (`leader/Q7747`), edge keys the document's edge ids, attributes the document's fields.
 */
export function loadGraph(file: string): DiploGraph {
  return toGraph(readGraphDocument(file), file);
}
