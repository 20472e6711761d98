// Property-based robustness: random and mutated articles (huge tokens, runs of punctuation, mixed scripts,
// control characters, unbalanced HTML; corpus articles cut short, spliced, with spans cut, duplicated and swapped)
// never crash extraction, and every quote it emits is the text between its offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { parseArticle } from '../../src/extract/read/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { corpusTexts } from '../helpers/corpus.js';
import { mutate, seeded } from '../helpers/mutate.js';

const knowledge = loadKnowledge();
const seeds = [...corpusTexts('dev'), ...corpusTexts('train')];

const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('...', '---', '(((', ')))', '"""', "'s", '-', '.', ',', ';', ':', '\n', '\n\n', '\t', '\u0000', '\u200b', '\u202e'),
  fc.constantFrom('<div>', '</p>', '<script>', '<a href="', '&amp;', '&#x41;', '<!--', ']]>'),
  fc.constantFrom('President', 'Prime Minister', 'the Russian president', 'his Iranian counterpart', 'Foreign Minister', 'signed', 'held talks with', 'on Tuesday', 'did not', 'will', 'Sheikh', 'bin', 'Al'),
  fc.constantFrom('Путин', '普京', 'بوتين', 'Erdoğan', 'Zelenskyy', 'Lula da Silva', 'OPEC+', 'U.S.', 'SCO', 'BRICS'),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '.'.repeat(n)),
);

/** A corpus article edited at random (tests/helpers/mutate.ts), from a seed fast-check reports on failure. */
const mutated = fc.nat().map((seed) => {
  const random = seeded(seed);
  return mutate(seeds[Math.floor(random() * seeds.length)]!, random);
});

function check(text: string, format: 'txt' | 'html' | 'md'): void {
  const { article } = parseArticle(text, { id: 'fuzz', file: 'fuzz', format }, { published: '2024-03-19' });
  if (!article) return;
  const result = extract(article, knowledge);
  const doc = result.fragment;
  if (!doc) return; // an invalid fragment is a warning, checked below
  for (const item of [...doc.nodes, ...doc.edges]) {
    for (const p of item.provenance) expect(article.text.slice(p.start, p.end)).toBe(p.quote);
  }
}

describe('extraction never crashes on hostile input', () => {
  it('survives mutated corpus articles', () => {
    fc.assert(fc.property(mutated, (text) => check(text, 'txt')), { numRuns: 2000, seed: 20261128 });
  });

  it('survives random text, HTML and Markdown', () => {
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(text, fc.constantFrom('txt', 'html', 'md') as fc.Arbitrary<'txt' | 'html' | 'md'>, (t, format) => check(t, format)), { numRuns: 1000, seed: 7 });
  });
});
