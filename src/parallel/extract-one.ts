// One article's extraction as the workers and the in-process extractor both give it: fragment as JSON text. An
// exception in extraction is one article's bug: it becomes an `extraction_failed` warning naming the article, and
// the run goes on (--strict stops there).
import { failureWarning } from '../errors.js';
import { extract } from '../extract/pipeline.js';
import type { SourceArticle } from '../extract/read/types.js';
import type { Knowledge } from '../knowledge/load.js';
import type { ExtractedArticle } from './protocol.js';

export function extractArticle(article: SourceArticle, knowledge: Knowledge): ExtractedArticle {
  try {
    const result = extract(article, knowledge);
    return { ...(result.fragment ? { fragment: JSON.stringify(result.fragment) } : {}), warnings: result.warnings };
  } catch (error) {
    return { warnings: [failureWarning(error, article.file ?? article.url ?? article.id, `article "${article.id}": extraction`)], failed: true };
  }
}
