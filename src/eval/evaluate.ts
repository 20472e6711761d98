// `diplograph eval`: extracts every article a corpus' gold files list and scores the result.
import { join } from 'node:path';
import type { Knowledge } from '../knowledge/load.js';
import { extract } from '../extract/pipeline.js';
import { readInputs } from '../extract/read/index.js';
import type { EdgeType, Warning } from '../document/types.gen.js';
import { failureWarning } from '../errors.js';
import { loadGold } from './gold.js';
import { EVENT_TYPES, scoreArticle, scores, sum, total, type ArticleScore, type Counts, type Scores } from './score.js';

export interface EvalReport {
  readonly articles: number;
  readonly nodes: Record<string, Scores>;
  readonly edges: Record<string, Scores>;
  readonly nodeTotal: Scores;
  readonly edgeTotal: Scores;
  /** Micro totals over the event types alone (phone_call, congratulation, ... support: see EVENT_TYPES). */
  readonly eventTotal: Scores;
  /** Edge micro totals when edges match on type and endpoints whatever their dates. */
  readonly undatedEdgeTotal: Scores;
  /** Output edges that match no gold edge, as a share of all output edges. */
  readonly extraEdgeRate: number;
  /** Of the edges matched on type and endpoints whose gold edge is dated, the share with the right date. */
  readonly dateAccuracy: { correct: number; total: number; rate: number };
  /** Articles whose publication date is the one gold gives. */
  readonly published: { correct: number; total: number };
  readonly perArticle: readonly ArticleScore[];
  readonly warnings: readonly Warning[];
}

const table = (t: Record<string, { tp: number; fp: number; fn: number }>): Record<string, Scores> =>
  Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, scores(c)]));

export async function evaluate(corpusDir: string, knowledge: Knowledge): Promise<EvalReport> {
  const gold = loadGold(corpusDir);
  const perArticle: ArticleScore[] = [];
  const undated: ArticleScore[] = [];
  const warnings: Warning[] = [];
  for (const g of gold) {
    for await (const result of readInputs([join(corpusDir, g.file)])) {
      warnings.push(...result.warnings);
      const empty = { format: 'diplograph/1' as const, articles: [], nodes: [], edges: [] };
      // An exception in extraction is one article's bug, scored as an article that gave nothing: the report goes on.
      let extraction: ReturnType<typeof extract> | undefined;
      try {
        extraction = result.article ? extract(result.article, knowledge) : undefined;
      } catch (error) {
        warnings.push(failureWarning(error, g.file, `article "${g.id}": extraction`));
      }
      if (extraction) warnings.push(...extraction.warnings);
      perArticle.push(scoreArticle(g, extraction?.fragment ?? empty));
      undated.push(scoreArticle(g, extraction?.fragment ?? empty, { ignoreDates: true }));
    }
  }
  const nodes = sum(perArticle.map((a) => a.nodes));
  const edges = sum(perArticle.map((a) => a.edges));
  const edgeTotal = scores(total(edges));
  const dated = perArticle.reduce((a, s) => ({ total: a.total + s.dated.total, correct: a.correct + s.dated.correct }), { total: 0, correct: 0 });
  const events = Object.entries(edges).filter(([type]) => EVENT_TYPES.has(type as EdgeType)).map(([, c]) => c);
  const eventTotal = scores(events.reduce<Counts>((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 }));
  const published = { correct: perArticle.filter((a) => a.published.found === a.published.gold).length, total: perArticle.length };
  const output = edgeTotal.tp + edgeTotal.fp;
  return {
    articles: perArticle.length,
    nodes: table(nodes),
    edges: table(edges),
    nodeTotal: scores(total(nodes)),
    edgeTotal,
    eventTotal,
    undatedEdgeTotal: scores(total(sum(undated.map((a) => a.edges)))),
    extraEdgeRate: output === 0 ? 0 : edgeTotal.fp / output,
    dateAccuracy: { ...dated, rate: dated.total === 0 ? 1 : dated.correct / dated.total },
    published,
    perArticle,
    warnings,
  };
}

const pct = (x: number): string => x.toFixed(3);

/** A plain-text report: one table for nodes, one for edges, then totals. */
export function formatReport(r: EvalReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [`articles: ${r.articles}`, ''];
  const section = (title: string, t: Record<string, Scores>, totals: readonly [string, Scores][]): void => {
    lines.push(`${title.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
    const row = (name: string, s: Scores): string =>
      `${name.padEnd(16)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
    for (const [k, s] of Object.entries(t)) lines.push(row(k, s));
    for (const [name, s] of totals) lines.push(row(name, s));
    lines.push('');
  };
  section('node type', r.nodes, [['micro total', r.nodeTotal]]);
  section('edge type', r.edges, [['micro total', r.edgeTotal], ['events only', r.eventTotal], ['dates ignored', r.undatedEdgeTotal]]);
  lines.push(`extra-edge rate: ${pct(r.extraEdgeRate)}`);
  lines.push(`date accuracy:   ${pct(r.dateAccuracy.rate)} (${r.dateAccuracy.correct}/${r.dateAccuracy.total})`);
  lines.push(`published right: ${r.published.correct}/${r.published.total}`);
  if (options.details) {
    for (const a of r.perArticle) {
      const { gold, found } = a.published;
      const items = [
        ...(found === gold ? [] : [`  published     ${found ?? 'none'}, gold ${gold ?? 'none'}`]),
        ...a.missed.entities.map((e) => `  missed entity ${e}`), ...a.extra.nodes.map((e) => `  extra node    ${e}`),
        ...a.missed.edges.map((e) => `  missed edge   ${e}`), ...a.extra.edges.map((e) => `  extra edge    ${e}`),
      ];
      if (items.length > 0) lines.push('', a.id, ...items);
    }
  }
  return lines.join('\n');
}
