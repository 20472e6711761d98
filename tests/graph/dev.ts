// The dev corpus as the graph tests use it: each article's fragment (extracted once per test file) and the graph
// they merge into. Shared by tests/graph, tests/query and tests/export.
import { extract } from '../../src/extract/pipeline.js';
import { readInputs } from '../../src/extract/read/index.js';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { toGraph, type DiploGraph } from '../../src/graph/document.js';
import { mergeDocuments } from '../../src/graph/merge.js';
import { layout } from '../../src/graph/layout.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { devArticlesDir } from '../helpers/corpus.js';

let fragments: Map<string, GraphDocument> | undefined;

/** Article id → its fragment, for every dev article that yields one. */
export async function devFragments(): Promise<Map<string, GraphDocument>> {
  if (fragments) return fragments;
  const knowledge = loadKnowledge();
  const found = new Map<string, GraphDocument>();
  for await (const r of readInputs([devArticlesDir])) {
    if (!r.article) continue;
    const { fragment } = extract(r.article, knowledge);
    if (fragment) found.set(r.article.id, fragment);
  }
  fragments = found;
  return found;
}

/** The merged dev graph, laid out, as the build writes it. */
export async function devGraph(): Promise<DiploGraph> {
  const graph = toGraph(mergeDocuments((await devFragments()).values()));
  layout.assign(graph);
  return graph;
}
