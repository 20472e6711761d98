// Seeded mutations of corpus articles, the kind real pages and broken scrapers make: junk inserted, the text cut
// short, spans cut, duplicated, swapped for junk or for another span of the text. Used by the fuzz tests and `npm run fuzz`.
import { prng } from '../../bench/corpus.js';
import { corpusTexts } from './corpus.js';

/** A seeded generator (the benchmark corpus' mulberry32), so any failing case can be replayed from its seed. */
export const seeded = prng;

const JUNK = [
  '...', '---', '(((', ')))', '"""', "'s", '-', '.', ',', ';', ':', '\n', '\n\n', '\t', '\u0000', '\u200b', '\u202e', '\ufeff',
  '<div>', '</p>', '<script>', '<a href="', '&amp;', '&#x41;', '<!--', ']]>', '# ', '* ', '| --- |',
  'President', 'Prime Minister', 'presidents of', 'the foreign ministers of', 'his counterpart', 'Foreign Minister', 'signed',
  'held talks with', 'phoned', 'on Tuesday', 'last month', 'did not', 'will', 'who', 'and', 'both', 'the two leaders', 'Sheikh', 'bin', 'Al',
  'Путин', '普京', 'بوتين', 'Erdoğan', 'Lula da Silva', 'OPEC+', 'U.S.', 'SCO', 'BRICS', 'NATO', 'Kenya', 'Chile', 'Japan',
  '2024', 'March 3', '05/01/2021', '12:30 GMT', '31 February 2023',
  // Constructions stages read across several words, to be cut and spliced like the rest.
  'the presidents of Kenya and Chile', 'the foreign ministers of India, Japan and Peru', 'Kenyan President William Ruto held talks with',
  'signed the Treaty of Friendship between', 'a member of the African Union', 'who congratulated him on',
];

function junk(random: () => number): string {
  const r = random();
  // A line break after a phrase ends its sentence there, as a headline or caption does.
  if (r < 0.8) return JUNK[Math.floor(random() * JUNK.length)]! + (random() < 0.25 ? '\n' : '');
  if (r < 0.9) return String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.floor(random() * 0x3000)));
  return (random() < 0.5 ? 'x' : '.').repeat(1 + Math.floor(random() * 3000));
}

/** The text with 1 to `edits` random edits made to it. */
export function mutate(text: string, random: () => number, edits = 12): string {
  let out = text;
  const n = 1 + Math.floor(random() * edits);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(random() * (out.length + 1));
    const length = Math.floor(random() ** 2 * Math.min(out.length - at, 400));
    const span = out.slice(at, at + length);
    const op = random();
    if (op < 0.05) out = out.slice(0, at);
    else if (op < 0.3) out = out.slice(0, at) + junk(random) + out.slice(at);
    else if (op < 0.5) out = out.slice(0, at) + out.slice(at + length);
    else if (op < 0.7) out = out.slice(0, at) + span + span + out.slice(at + length);
    else if (op < 0.85) out = out.slice(0, at) + junk(random) + out.slice(at + length);
    else {
      const from = Math.floor(random() * out.length);
      out = out.slice(0, at) + out.slice(from, from + length) + out.slice(at + length);
    }
  }
  return out;
}

/** `count` mutated dev and train articles as JSONL records (id, published, text), the same for the same seed. */
export function mutatedCorpusJsonl(count: number, seed: number): string {
  const seeds = [...corpusTexts('dev'), ...corpusTexts('train')];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const random = seeded(seed + i);
    lines.push(JSON.stringify({ id: `mutated-${i}`, published: '2024-03-19', text: mutate(seeds[Math.floor(random() * seeds.length)]!, random) }));
  }
  return `${lines.join('\n')}\n`;
}
