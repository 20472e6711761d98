// Builds the context every stage reads: the article, its sentences, the knowledge and the day that
// resolution works on.
import type { Warning } from '../document/types.gen.js';
import type { Knowledge } from '../knowledge/load.js';
import type { SourceArticle } from './read/types.js';
import { splitSentences } from './text/sentences.js';
import type { ArticleContext, EventContext, Mention, Trace } from './types.js';

export interface ContextSinks {
  readonly warnings: Warning[];
  /** When absent, traces are never built. */
  readonly traces?: Trace[];
}

export function createContext(article: SourceArticle, knowledge: Knowledge, sinks: ContextSinks): ArticleContext {
  const sentences = splitSentences(article.text, article.body.start, article.body.end, {
    abbreviations: knowledge.lexicon.abbreviations,
    numberingAbbreviations: knowledge.lexicon.numberingAbbreviations,
    prepositions: knowledge.lexicon.grammar.prepositions,
    speechVerbs: knowledge.lexicon.syntax.speechVerbs,
  });
  const traces = sinks.traces;
  return {
    article,
    on: article.published,
    sentences,
    knowledge,
    warn: (w) => sinks.warnings.push(w),
    trace: traces
      ? (stage, message, sentence) => traces.push({ stage, message: message(), ...(sentence !== undefined ? { sentence } : {}) })
      : () => undefined,
  };
}

/**
 * The context the event stages read: the article's, with its mentions. Written out field by field: a copy made by a
 * spread or Object.assign got a hidden class of its own for every article, and each event stage then met a new one.
 */
export function withMentions(ctx: ArticleContext, mentions: readonly Mention[]): EventContext {
  return { article: ctx.article, on: ctx.on, sentences: ctx.sentences, knowledge: ctx.knowledge, warn: ctx.warn, trace: ctx.trace, mentions };
}
