// `diplograph eval`: extracts every article a corpus' gold files list and scores the result.
import { join } from 'node:path';
import type { Knowledge } from '../knowledge/load.js';
import { extract } from '../extract/pipeline.js';
import { readInputs } from '../extract/read/index.js';
import type { Warning } from '../document/types.gen.js';
import { loadGold } from './gold.js';
import { scoreArticle, scores, sum, total, type ArticleScore, type Scores } from './score.js';

export interface EvalReport {
  readonly articles: number;
  readonly nodes: Record<string, Scores>;
  readonly edges: Record<string, Scores>;
  readonly nodeTotal: Scores;
  readonly edgeTotal: Scores;
  /** Output edges that match no gold edge, as a share of all output edges. */
  readonly extraEdgeRate: number;
  /** Of the edges matched on type and endpoints whose gold edge is dated, the share with the right date. */
  readonly dateAccuracy: { correct: number; total: number; rate: number };
  readonly perArticle: readonly ArticleScore[];
  readonly warnings: readonly Warning[];
}

const table = (t: Record<string, { tp: number; fp: number; fn: number }>): Record<string, Scores> =>
  Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, scores(c)]));

export async function evaluate(corpusDir: string, knowledge: Knowledge): Promise<EvalReport> {
  const gold = loadGold(corpusDir);
  const perArticle: ArticleScore[] = [];
  const warnings: Warning[] = [];
  for (const g of gold) {
    for await (const result of readInputs([join(corpusDir, g.file)])) {
      warnings.push(...result.warnings);
      const empty = { format: 'diplograph/1' as const, articles: [], nodes: [], edges: [] };
      const extraction = result.article ? extract(result.article, knowledge) : undefined;
      if (extraction) warnings.push(...extraction.warnings);
      perArticle.push(scoreArticle(g, extraction?.fragment ?? empty));
    }
  }
  const nodes = sum(perArticle.map((a) => a.nodes));
  const edges = sum(perArticle.map((a) => a.edges));
  const edgeTotal = scores(total(edges));
  const dated = perArticle.reduce((a, s) => ({ total: a.total + s.dated.total, correct: a.correct + s.dated.correct }), { total: 0, correct: 0 });
  const output = edgeTotal.tp + edgeTotal.fp;
  return {
    articles: perArticle.length,
    nodes: table(nodes),
    edges: table(edges),
    nodeTotal: scores(total(nodes)),
    edgeTotal,
    extraEdgeRate: output === 0 ? 0 : edgeTotal.fp / output,
    dateAccuracy: { ...dated, rate: dated.total === 0 ? 1 : dated.correct / dated.total },
    perArticle,
    warnings,
  };
}

const pct = (x: number): string => x.toFixed(3);

/** A plain-text report: one table for nodes, one for edges, then totals. */
export function formatReport(r: EvalReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [`articles: ${r.articles}`, ''];
  const section = (title: string, t: Record<string, Scores>, totalRow: Scores): void => {
    lines.push(`${title.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
    const row = (name: string, s: Scores): string =>
      `${name.padEnd(16)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
    for (const [k, s] of Object.entries(t)) lines.push(row(k, s));
    lines.push(row('micro total', totalRow), '');
  };
  section('node type', r.nodes, r.nodeTotal);
  section('edge type', r.edges, r.edgeTotal);
  lines.push(`extra-edge rate: ${pct(r.extraEdgeRate)}`);
  lines.push(`date accuracy:   ${pct(r.dateAccuracy.rate)} (${r.dateAccuracy.correct}/${r.dateAccuracy.total})`);
  if (options.details) {
    for (const a of r.perArticle) {
      const items = [
        ...a.missed.entities.map((e) => `  missed entity ${e}`), ...a.extra.nodes.map((e) => `  extra node    ${e}`),
        ...a.missed.edges.map((e) => `  missed edge   ${e}`), ...a.extra.edges.map((e) => `  extra edge    ${e}`),
      ];
      if (items.length > 0) lines.push('', a.id, ...items);
    }
  }
  return lines.join('\n');
}
