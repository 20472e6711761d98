// Corpus fixtures for tests: the dev articles and their gold annotations in ../shared/corpus, read from disk so
// article text never has to be pasted into a test.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');
export const devDir = join(corpusDir, 'dev');
export const devArticlesDir = join(devDir, 'articles');

export interface GoldEntry {
  readonly id: string;
  readonly file: string;
  readonly published: string;
  readonly [key: string]: unknown;
}

/** Ids of the dev articles (file names without .txt), sorted. */
export function listDevArticles(): string[] {
  return readdirSync(devArticlesDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** Path of a dev article relative to the corpus dev folder, as gold.json writes it. */
export function devArticlePath(id: string): string {
  return join(devArticlesDir, `${id}.txt`);
}

export function readDevArticle(id: string): string {
  return readFileSync(devArticlePath(id), 'utf8');
}

/** Gold entries of every dev article, from gold.json and gold-seed.json, keyed by id. */
export function loadGold(): Map<string, GoldEntry> {
  const gold = new Map<string, GoldEntry>();
  for (const name of ['gold-seed.json', 'gold.json']) {
    const doc = JSON.parse(readFileSync(join(devDir, name), 'utf8')) as { articles: GoldEntry[] };
    for (const a of doc.articles) gold.set(a.id, a);
  }
  return gold;
}

/** Texts of every article of a corpus split (`dev`, `train`), sorted by file name: seeds for fuzzing. */
export function corpusTexts(split: 'dev' | 'train'): string[] {
  const dir = join(corpusDir, split, 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}
