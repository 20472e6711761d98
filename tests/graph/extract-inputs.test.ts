// extractInputs, the map step under every build: results in input order whatever the number of workers (here
// started from the first article; a real run starts them for more than 256), the same fragments with one worker or
// several, malformed JSONL lines reported with their line numbers and skipped, cached fragments read back, and
// workers stopped when the caller stops early. Hostile JSONL never crashes it, and extraction time grows linearly
// with the size of hostile articles.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/document/validate.js';
import { FragmentCache } from '../../src/graph/cache.js';
import { extractInputs, type ExtractInputsOptions, type InputExtraction } from '../../src/graph/extract-inputs.js';
import { extract } from '../../src/extract/pipeline.js';
import { parseArticle } from '../../src/extract/read/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { devArticlePath, devArticlesDir, listDevArticles } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-extract-inputs-'));

async function all(paths: readonly string[], options: ExtractInputsOptions): Promise<InputExtraction[]> {
  const out: InputExtraction[] = [];
  for await (const r of extractInputs(paths, options)) out.push(r);
  return out;
}

const summary = (results: readonly InputExtraction[]) => results.map((r) => ({ seq: r.seq, from: r.from, warnings: r.warnings, fragment: r.fragmentJson }));

/** A JSONL file of dev articles with malformed lines among them; returns its path and the bad lines' numbers. */
function feed(): { path: string; bad: number[] } {
  const lines: string[] = [];
  const bad: number[] = [];
  for (const [i, id] of listDevArticles().slice(0, 8).entries()) {
    lines.push(JSON.stringify({ id, text: readFileSync(devArticlePath(id), 'utf8') }));
    if (i % 3 === 1) { lines.push('{"id": "cut off", "text": "Moscow'); bad.push(lines.length); }
    if (i === 4) { lines.push('[1, 2]'); bad.push(lines.length); }
  }
  const path = join(dir, 'feed.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, bad };
}

describe('extractInputs', () => {
  it('hands results out in input order, the same with two workers as on one thread', async () => {
    const { path } = feed();
    const one = await all([devArticlesDir, path], { jobs: 1 });
    const two = await all([devArticlesDir, path], { jobs: 2, parallelAfter: 0 });
    expect(one.map((r) => r.seq)).toEqual(one.map((_, i) => i));
    expect(one).toHaveLength(listDevArticles().length + 8 + feed().bad.length);
    expect(one.filter((r) => r.fragment).length).toBeGreaterThan(20);
    expect(summary(two)).toEqual(summary(one));
    for (const r of two) if (r.fragment) expect(schemaProblems('graph', r.fragment)).toEqual([]);
  });

  it('reports malformed JSONL lines with their line numbers and goes on', async () => {
    const { path, bad } = feed();
    const results = await all([path], { jobs: 2, parallelAfter: 0 });
    const skipped = results.filter((r) => r.from === 'skipped');
    expect(skipped.map((r) => r.warnings.map((w) => [w.code, w.file, w.line]))).toEqual(bad.map((line) => [['bad_record', path, line]]));
    expect(results.filter((r) => r.fragment)).toHaveLength(8);
  });

  it('reads cached fragments back, byte for byte', async () => {
    const cache = new FragmentCache(join(dir, 'cache'));
    const first = await all([devArticlesDir], { jobs: 2, parallelAfter: 0, cache, fingerprint: 'test' });
    const again = new FragmentCache(join(dir, 'cache'));
    const second = await all([devArticlesDir], { jobs: 2, parallelAfter: 0, cache: again, fingerprint: 'test' });
    expect(first.every((r) => r.from === 'extracted')).toBe(true);
    expect(second.every((r) => r.from === 'cache')).toBe(true);
    expect(second.map((r) => r.fragmentJson)).toEqual(first.map((r) => r.fragmentJson));
  });

  it('stops its workers when the caller stops early', async () => {
    const seen: number[] = [];
    for await (const r of extractInputs([devArticlesDir], { jobs: 2, parallelAfter: 0 })) {
      seen.push(r.seq);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('hostile input', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('{', '}', '"', '\\', '\\u', '\\ud800', ':', ',', '[', ']', 'null', '"text":', '"id":', '"published":"2024-02-30"', '\u0000', '\u2028', '\r'),
    fc.constantFrom('President Putin met President Erdogan on Tuesday.', '<p>', '</div>', '....', 'Путин', '普京', 'بوتين'),
    fc.integer({ min: 1, max: 5000 }).map((n) => 'x'.repeat(n)),
  );
  // Lines of a JSONL file: valid records, and valid records cut or spliced with noise.
  const line = fc.oneof(
    fc.record({ id: fc.string({ maxLength: 8 }), text: fc.array(piece, { maxLength: 20 }).map((p) => p.join(' ')), published: fc.constantFrom('2024-03-19', 'yesterday', '') }).map((r) => JSON.stringify(r)),
    fc.tuple(fc.array(piece, { maxLength: 12 }), fc.nat()).map(([p, cut]) => {
      const text = JSON.stringify({ id: 'm', text: p.join(' ') });
      return text.slice(0, cut % (text.length + 1)) + p.slice(0, 2).join('');
    }),
  );

  it('never crashes on random and mutated JSONL, and accounts for every line', async () => {
    const knowledge = loadKnowledge();
    let file = 0;
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
      const path = join(dir, `fuzz-${file++}.jsonl`);
      const text = lines.map((l) => l.replace(/[\n\r]/g, ' ')).join('\n');
      writeFileSync(path, text);
      const results = await all([path], { jobs: 1, knowledge });
      const records = lines.filter((l) => l.replace(/[\n\r]/g, ' ').trim() !== '').length;
      // A file with NUL or control bytes is one binary file, skipped whole; otherwise every record is accounted for.
      const binary = results.length === 1 && results[0]!.warnings.some((w) => w.code === 'binary_file');
      if (!binary) expect(results.length).toBe(Math.max(records, 1));
      for (const r of results) {
        for (const w of r.warnings) expect(w.file).toBe(path);
        if (r.from === 'skipped') expect(r.warnings.length).toBeGreaterThan(0);
        if (r.from === 'skipped' && !binary && records > 0) expect(r.warnings[0]!.line).toBeGreaterThan(0);
        if (r.fragment) expect(schemaProblems('graph', r.fragment)).toEqual([]);
      }
    }), { numRuns: 200, seed: 20261128 });
  });

  // CPU time (milliseconds) this process spends extracting `text`: unlike the wall clock, it does not count the time
  // the command-line processes that other test files start take the cores away.
  function timeOf(text: string): number {
    const t0 = process.cpuUsage();
    const { article } = parseArticle(text, { id: 'x', file: 'x', format: 'txt' }, { published: '2024-03-03' });
    if (article) extract(article, loadKnowledge());
    const { user, system } = process.cpuUsage(t0);
    return (user + system) / 1000;
  }

  // Eight times the text may take at most 32 times as long: linear is eight, quadratic 64. The two sizes run in
  // turn, three rounds after a warm-up, and the fastest of each counts, so that other work on the machine, which
  // comes and goes, slows both alike. A floor of 20 ms keeps timer noise on tiny inputs out of the ratio. A ratio over
  // the bound is measured twice more before it fails: a collection of garbage other test files left, or a burst of
  // other work, does not last that long, while a quadratic stage is as slow every time.
  const linear = (unit: string) => {
    const [smallText, largeText] = [10_000, 80_000].map((size) => `MOSCOW, March 3 (Wire) - ${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}\n`) as [string, string];
    timeOf(smallText);
    timeOf(largeText);
    let small = Infinity;
    let large = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      small = Infinity;
      large = Infinity;
      for (let round = 0; round < 3; round++) {
        small = Math.min(small, timeOf(smallText));
        large = Math.min(large, timeOf(largeText));
      }
      small = Math.max(small, 20);
      if (large < 32 * small) break;
    }
    expect(large, `${JSON.stringify(unit.slice(0, 30))}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(32 * small);
  };

  it('extracts in time linear in the size of huge tokens, punctuation runs, mixed scripts, control characters and HTML', () => {
    for (const unit of ['x', '.', '!?,;:-—"(\'', '((((', '"""', 'Путин 普京 بوتين Erdoğan ', '\u0000\u0001a\u200b\u202e', '<div><p>President Putin met <b>Erdogan', 'U.S. ']) linear(unit);
  });

  it('extracts in time linear in the size of real text', () => {
    linear(readFileSync(devArticlePath(listDevArticles()[0]!), 'utf8'));
  });

  // Run-on sentences of what the stages relate to each other: people, titles, pronouns, dates, agreements, blocs.
  it('extracts in time linear in the size of one endless sentence of people, dates and agreements', () => {
    for (const unit of [
      'the Russian president met the Chinese president and ',
      'the Russian president ',
      'Xi Jinping congratulated Putin on his re-election on Tuesday and ',
      'He said his country supports it and he ',
      'the BRICS summit in Kazan on 22 October 2024, in May, ',
      'Russia and Iran signed the Treaty on Comprehensive Strategic Partnership and ',
      'the summit adopted the Astana Declaration and the African Union ',
      'did not meet, will not sign, denied reports that Putin met Xi, ',
      'Xi went to talks to support the efforts to hold the vote on Tuesday and ',
      'Claudia Sheinbaum said she thanked Joe Biden, who said he had called her on Monday to congratulate her, and ',
      'In his message, Ms Kaja Kallas and President-elect Donald Trump of the United States, Canada, Mexico, and ',
      'the foreign ministers of India and Japan held a phone call, and again on 3 May, ',
      "Iran's president Masoud Pezeshkian told his Iraqi counterpart that ",
      'the memorandum of understanding between Kenya and Uganda on trade in the field of energy, which ',
      'his Tunisian, Libyan and Egyptian ',
      'Ruto met Samia and officials signed an agreement on trade and another on energy, ',
      'It condemned the crimes of the Zionist regime and the massacres committed by Israel, and ',
      'Ruto met Samia on Monday and Museveni the following day, and Kenya and Tanzania signed the Lake Victoria Accord, and ',
    ]) linear(unit);
  });
});
