import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatReport, type EvalReport } from '../../src/eval/evaluate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

// Two articles of our own: the first is dated right and its call found on the right day; gold also lists a
// meeting nobody reports, so events-only recall is 1/2. The second is dated the day before gold says, which
// moves its call's date: matched without dates, missed with them.
const call = 'Kenyan President William Ruto held a phone call with Brazilian President Luiz Inácio Lula da Silva on Tuesday, his office said. The two leaders also discussed trade.';
const articles = {
  a: `Tuesday 19 March 2024\n\n${call}\n`,
  b: `Tuesday 19 March 2024\n\n${call.replace('Tuesday', 'Wednesday')}\n`,
};
const entities = [
  { key: 'ruto', type: 'leader', names: ['William Ruto'] },
  { key: 'lula', type: 'leader', names: ['Luiz Inácio Lula da Silva'] },
  { key: 'kenya', type: 'state', names: ['Kenya'] },
  { key: 'brazil', type: 'state', names: ['Brazil'] },
];
const relations = [
  { type: 'leader_of', source: 'ruto', target: 'kenya' },
  { type: 'leader_of', source: 'lula', target: 'brazil' },
];
const gold = {
  articles: [
    {
      id: 'a', file: 'articles/a.txt', published: '2024-03-19', entities,
      edges: [...relations, { type: 'phone_call', source: 'lula', target: 'ruto', date: '2024-03-19' }, { type: 'meeting', source: 'lula', target: 'ruto', date: '2024-03-18' }],
    },
    {
      id: 'b', file: 'articles/b.txt', published: '2024-03-20', entities,
      edges: [...relations, { type: 'phone_call', source: 'ruto', target: 'lula', date: '2024-03-20' }],
    },
  ],
};

let dir: string;
let report: EvalReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-eval-'));
  mkdirSync(join(dir, 'articles'));
  for (const [id, text] of Object.entries(articles)) writeFileSync(join(dir, 'articles', `${id}.txt`), text);
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
  report = await evaluate(dir, loadKnowledge());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval report', () => {
  it('counts publication dates that equal gold', () => {
    expect(report.published).toEqual({ correct: 1, total: 2 });
  });

  it('totals the event types apart from the standing relations', () => {
    expect(report.eventTotal).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(report.edgeTotal).toMatchObject({ tp: 5, fp: 1, fn: 2 });
  });

  it('scores edges with dates ignored too', () => {
    expect(report.undatedEdgeTotal).toMatchObject({ tp: 6, fp: 0, fn: 1 });
    expect(report.dateAccuracy).toMatchObject({ correct: 1, total: 2 });
  });

  it('prints the events-only and dates-ignored rows, the publication dates, and each wrong date in details', () => {
    const text = formatReport(report, { details: true });
    expect(text).toMatch(/^events only\s+0\.500\s+0\.333\s+0\.400\s+1\s+1\s+2$/m);
    expect(text).toMatch(/^dates ignored\s+1\.000\s+0\.857\s+0\.923\s+6\s+0\s+1$/m);
    expect(text).toContain('published right: 1/2');
    expect(text).toContain('published     2024-03-19, gold 2024-03-20');
  });
});

describe('eval when extraction fails on an article', () => {
  it('scores that article as giving nothing and names it in a warning, the report going on', async () => {
    const knowledge = loadKnowledge();
    // Knowledge whose lexicon cannot be read: extraction throws on every article, as a bug in a stage would.
    const broken = new Proxy(knowledge, { get: (target, key) => { if (key === 'lexicon') throw new TypeError('broken stage'); return Reflect.get(target, key); } });
    const failed = await evaluate(dir, broken);
    expect(failed.articles).toBe(2);
    expect(failed.edgeTotal).toMatchObject({ tp: 0, fp: 0, fn: 7 });
    expect(failed.warnings.filter((w) => w.code === 'extraction_failed').map((w) => w.file)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(failed.warnings[0]!.message).toMatch(/^article "a": extraction failed: TypeError: broken stage; skipped$/);
  });
});
