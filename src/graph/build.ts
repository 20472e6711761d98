// Builds a graph document from input paths: read each article, extract its fragment, merge them all.
// One broken article becomes a warning; the others still count.
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { assertValid } from '../document/validate.js';
import { extract } from '../extract/pipeline.js';
import { readInputs } from '../extract/read/index.js';
import type { ReadOptions } from '../extract/read/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { loadKnowledge } from '../knowledge/load.js';
import { mergeDocuments } from './merge.js';

export interface BuildOptions extends ReadOptions {
  readonly knowledge?: Knowledge;
  /** Called once per input read, for progress reporting. */
  readonly onArticle?: (done: number) => void;
}

export interface BuildResult {
  readonly document: GraphDocument;
  readonly warnings: readonly Warning[];
  readonly articles: number;
  readonly skipped: number;
}

export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const fragments: GraphDocument[] = [];
  const warnings: Warning[] = [];
  let skipped = 0;
  for await (const result of readInputs(paths, options)) {
    warnings.push(...result.warnings);
    if (!result.article) { skipped++; continue; }
    const extraction = extract(result.article, knowledge);
    warnings.push(...extraction.warnings);
    if (extraction.fragment) fragments.push(extraction.fragment);
    else skipped++;
    options.onArticle?.(fragments.length + skipped);
  }
  const document = mergeDocuments(fragments);
  return { document: assertValid('graph', document, '<built graph>'), warnings, articles: fragments.length, skipped };
}
