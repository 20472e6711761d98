// The article reader: input paths or stdin → SourceArticle with headline, publication date and body range.
export type {
  ArticleFormat, ArticleMeta, IsoDate, PublishedBasis, ReadOptions, ReadResult, SourceArticle, Warning, WarningCode,
} from './types.js';
export { defaultReadOptions, stdinLabel } from './defaults.js';
export { parseArticle } from './article.js';
export { readInputs, readStream, articleExtensions, sniffFormat } from './inputs.js';
export { decodeBytes } from './decode.js';
export { htmlToText } from './html.js';
export { markdownToText } from './markdown.js';
export { readRecord } from './jsonl.js';
export { findPublished } from './dateline.js';
export { findDates, parseDateString } from './dates.js';
export { chooseHeadline } from './headline.js';
export { judgeEnglish } from './language.js';
