// One article's extraction as the workers and the in-process extractor both give it: fragment as JSON text.
import { extract } from '../extract/pipeline.js';
import type { SourceArticle } from '../extract/read/types.js';
import type { Knowledge } from '../knowledge/load.js';
import type { ExtractedArticle } from './protocol.js';

export function extractArticle(article: SourceArticle, knowledge: Knowledge): ExtractedArticle {
  const result = extract(article, knowledge);
  return { ...(result.fragment ? { fragment: JSON.stringify(result.fragment) } : {}), warnings: result.warnings };
}
