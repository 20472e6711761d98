// Runs the default configuration on the dev corpus and compares with gold, as a user of `eval` would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { parseArticle } from '../../src/extract/read/index.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { loadGold } from '../../src/eval/gold.js';
import { scoreArticle } from '../../src/eval/score.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { devArticlePath, devDir } from '../helpers/corpus.js';

const knowledge = loadKnowledge();

function extractDev(id: string) {
  const { article } = parseArticle(readFileSync(devArticlePath(id), 'utf8'), { id, file: devArticlePath(id), format: 'txt' });
  return extract(article!, knowledge, { trace: true });
}

describe('extraction on the seed article', () => {
  const { fragment } = extractDev('seed-putin-raisi-2024-03-19');
  const node = (label: string) => fragment!.nodes.find((n) => n.label === label);

  it('finds every entity of the seed article', () => {
    for (const label of ['Ebrahim Raisi', 'Vladimir Putin', 'Iran', 'Russia', 'Israel', 'BRICS']) expect(node(label), label).toBeDefined();
    expect(fragment!.nodes.some((n) => n.type === 'bloc' && n.aliases.includes('SCO'))).toBe(true);
    const agreements = fragment!.nodes.filter((n) => n.type === 'agreement');
    expect(agreements.some((a) => [a.label, ...a.aliases].includes('Rasht-Astara railway'))).toBe(true);
    expect(agreements.some((a) => [a.label, ...a.aliases].includes('comprehensive cooperation agreement'))).toBe(true);
  });

  it('resolves "Raeisi" and "Raisi" to one node', () => {
    const raisi = fragment!.nodes.filter((n) => n.type === 'leader' && [n.label, ...n.aliases].some((a) => /Ra(e)?isi/.test(a)));
    expect(raisi).toHaveLength(1);
    const quotes = raisi[0]!.provenance.map((p) => p.quote);
    expect(quotes.some((q) => q.includes('Raeisi'))).toBe(true);
    expect(quotes.some((q) => /\bRaisi\b/.test(q))).toBe(true);
  });

  it('resolves "the Russian president" to Vladimir Putin on the article date', () => {
    const putin = node('Vladimir Putin')!;
    expect(putin.provenance.map((p) => p.quote.toLowerCase())).toContain('russian president');
  });

  it('reads "the Zionist regime" as Israel and does not make "the Palestine issue" an actor', () => {
    expect(node('Israel')!.provenance.map((p) => p.quote)).toContain('Zionist regime');
    expect(fragment!.nodes.find((n) => n.iso3 === 'PSE')).toBeUndefined();
  });

  it('gives every provenance a quote equal to the text between its offsets', () => {
    const text = readFileSync(devArticlePath('seed-putin-raisi-2024-03-19'), 'utf8');
    for (const n of fragment!.nodes) for (const p of n.provenance) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  it('ignores the boilerplate at the end', () => {
    const text = readFileSync(devArticlePath('seed-putin-raisi-2024-03-19'), 'utf8');
    const boilerplate = text.lastIndexOf('Reporter');
    for (const n of fragment!.nodes) for (const p of n.provenance) expect(p.start).toBeLessThan(boilerplate);
  });
});

describe('edges of the seed article', () => {
  it('are exactly the 15 gold edges, with their dates', () => {
    const gold = loadGold(devDir).find((a) => a.id === 'seed-putin-raisi-2024-03-19')!;
    const { fragment } = extractDev('seed-putin-raisi-2024-03-19');
    const score = scoreArticle(gold, fragment!);
    expect(score.missed.edges).toEqual([]);
    expect(score.extra.edges).toEqual([]);
    expect(gold.edges).toHaveLength(15);
  });

  it('quote the article text between their offsets', () => {
    const text = readFileSync(devArticlePath('seed-putin-raisi-2024-03-19'), 'utf8');
    const { fragment } = extractDev('seed-putin-raisi-2024-03-19');
    for (const e of fragment!.edges) for (const p of e.provenance) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });
});

describe('entity scores on the dev corpus', () => {
  it('reach F1 >= 0.90 for each node type', async () => {
    const report = await evaluate(devDir, knowledge);
    expect(report.articles).toBe(25);
    for (const type of ['leader', 'state', 'bloc', 'agreement']) {
      expect(report.nodes[type]!.f1, `${type}: ${JSON.stringify(report.nodes[type])}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reach edge micro-F1 >= 0.85, precision >= 0.90 and date accuracy >= 0.95', async () => {
    const report = await evaluate(devDir, knowledge);
    expect(report.edgeTotal.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.edgeTotal.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.dateAccuracy.rate).toBeGreaterThanOrEqual(0.95);
  });
});
