// Runs the configured stages over one article: the only loop over stages. The result is a fragment,
// validated against the schema before it leaves; one that fails becomes a warning, never a crash.
import type { GraphDocument, Warning } from '../document/types.gen.js';
import { schemaProblems } from '../document/validate.js';
import type { Knowledge } from '../knowledge/load.js';
import { defaultConfiguration, type Configuration } from './configuration.js';
import { createContext, withMentions } from './context.js';
import { toFragment } from './fragment.js';
import type { SourceArticle } from './read/types.js';
import { qualifyAgreements } from './agreement-identity.js';
import { toEdges } from './edges.js';
import { bylineMention } from './byline.js';
import { startArticle } from './article-cache.js';
import type { EventCandidate, Mention, Trace } from './types.js';

export interface ExtractOptions {
  readonly configuration?: Configuration;
  /** Collect the stages' reasons (what `diplograph explain` prints). Off by default: it costs time. */
  readonly trace?: boolean;
  /**
   * Milliseconds per step are added here, for benchmarks: `sentences` (splitting and tokens), each stage by its
   * id, then `agreements`, `edges`, `fragment` and `validation`.
   */
  readonly timings?: Map<string, number>;
}

export interface Extraction {
  /** Absent when the fragment failed validation; the warnings say why. */
  readonly fragment?: GraphDocument;
  readonly mentions: readonly Mention[];
  readonly events: readonly EventCandidate[];
  readonly warnings: readonly Warning[];
  readonly traces: readonly Trace[];
  /** Where each sentence of the body stands: UTF-16 offsets into the article text, end exclusive. */
  readonly sentences: readonly { readonly index: number; readonly start: number; readonly end: number }[];
}

/** Runs a step, adding its time to `timings` when there are timings to keep. */
function stepTimer(timings: Map<string, number> | undefined): <T>(name: string, run: () => T) => T {
  if (!timings) return (_name, run) => run();
  return (name, run) => {
    const t0 = performance.now();
    const result = run();
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - t0);
    return result;
  };
}

export function extract(article: SourceArticle, knowledge: Knowledge, options: ExtractOptions = {}): Extraction {
  startArticle();
  const warnings: Warning[] = [];
  const traces: Trace[] | undefined = options.trace ? [] : undefined;
  const step = stepTimer(options.timings);
  const ctx = step('sentences', () => createContext(article, knowledge, { warnings, ...(traces ? { traces } : {}) }));
  const configuration = options.configuration ?? defaultConfiguration;
  let mentions: Mention[] = [];
  for (const stage of configuration.mentions) mentions = step(stage.id, () => stage.run(ctx, mentions));
  mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const eventCtx = withMentions(ctx, mentions);
  let events: EventCandidate[] = [];
  for (const stage of configuration.events) events = step(stage.id, () => stage.run(eventCtx, events));
  ({ mentions, events } = step('agreements', () => qualifyAgreements(ctx, mentions, events)));
  const byline = bylineMention(eventCtx, mentions, events);
  if (byline) mentions = [...mentions, byline];
  const nodes = new Set(mentions.filter((m) => m.candidates.length === 1 && m.kind !== 'role').map((m) => m.candidates[0]!));
  const edges = step('edges', () => toEdges(ctx, events, nodes));
  const fragment = step('fragment', () => toFragment(ctx, mentions, edges));
  const problems = step('validation', () => schemaProblems('graph', fragment));
  const file = article.file ?? article.url ?? article.id;
  for (const p of problems.slice(0, 5)) {
    warnings.push({ code: 'invalid_fragment', message: `extraction produced an invalid fragment: ${p.pointer} ${p.message}`, file, pointer: p.pointer });
  }
  return {
    ...(problems.length === 0 ? { fragment } : {}),
    mentions,
    events,
    warnings,
    traces: traces ?? [],
    sentences: ctx.sentences.map(({ index, start, end }) => ({ index, start, end })),
  };
}
