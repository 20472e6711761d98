// Builds an in-memory article from a sentence we write ourselves, for stage tests.
import { createHash } from 'node:crypto';
import { extract } from '../../src/extract/pipeline.js';
import { parseArticle } from '../../src/extract/read/index.js';
import type { SourceArticle } from '../../src/extract/read/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

export function article(text: string, published: string | null): SourceArticle {
  return {
    id: 'test', file: 'test.txt', title: null, published, publishedBasis: published ? 'override' : 'none', text,
    body: { start: 0, end: text.length }, sha256: createHash('sha256').update(text).digest('hex'),
  };
}

/** Extracts and returns the fragment's edges as "type source>target@date" with labels instead of ids. */
export function edgesOf(text: string, published: string | null, options: { withRelations?: boolean } = {}): string[] {
  const { fragment, traces } = extract(article(text, published), loadKnowledge(), { trace: true });
  if (!fragment) throw new Error(`no fragment: ${JSON.stringify(traces)}`);
  const label = new Map(fragment.nodes.map((n) => [n.id, n.label]));
  return fragment.edges
    .filter((e) => options.withRelations || !['leader_of', 'member_of', 'party_to'].includes(e.type))
    .map((e) => `${e.type} ${label.get(e.source)}>${label.get(e.target)}${e.date ? `@${e.date}` : ''}`)
    .sort();
}

/** A page's edges, read as a file would be (its headline, header and date lines too), as `edgesOf` gives them. */
export function pageEdgesOf(raw: string): string[] {
  const { article } = parseArticle(raw, { id: 'page', file: 'page.txt' });
  const { fragment } = extract(article!, loadKnowledge());
  const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
  return fragment!.edges
    .filter((e) => !['leader_of', 'member_of', 'party_to'].includes(e.type))
    .map((e) => `${e.type} ${label.get(e.source)}>${label.get(e.target)}${e.date ? `@${e.date}` : ''}`)
    .sort();
}
