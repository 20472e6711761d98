// Reads a graph document from disk, checked at the door: a file that is missing, not JSON or not valid against
// schema/graph.schema.json is an InputError naming the file (and the JSON pointer of each schema problem).
import { readFileSync } from 'node:fs';
import type { GraphDocument } from '../document/types.gen.js';
import { assertValid, schemaProblems } from '../document/validate.js';
import { InputError } from '../errors.js';
import { toGraph, type DiploGraph } from './document.js';

/** The validated document in `file`. */
export function readGraphDocument(file: string): GraphDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError(file, `cannot read graph: ${code === 'ENOENT' ? 'no such file' : (cause as Error).message}`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError(file, `not JSON: ${(cause as Error).message}`, { cause });
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
