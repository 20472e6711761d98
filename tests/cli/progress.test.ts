// The progress reporter: on a terminal one line redrawn in place with rate and ETA, at most ten times a second;
// elsewhere a plain parseable line at most once a second; nothing for runs shorter than one report.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countInputs, Progress } from '../../src/cli/progress.js';

function fake(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const stream = { isTTY, columns: 100, write: (s: string) => written.push(s) };
  return { written, stream, tick: (ms: number) => { now += ms; }, clock: () => now };
}

describe('Progress', () => {
  it('writes plain lines at most once a second, with total, rate and ETA, then a done line', () => {
    const f = fake(false);
    const p = new Progress(f.stream, 'articles', f.clock);
    p.total = 5000;
    for (let i = 1; i <= 3000; i++) { f.tick(1); p.update(i); }
    p.finish();
    expect(f.written).toEqual([
      'progress 1000/5000 articles 1000/s eta 4s\n',
      'progress 2000/5000 articles 1000/s eta 3s\n',
      'progress 3000/5000 articles 1000/s eta 2s\n',
      'progress 3000/5000 articles 1000/s done\n',
    ]);
  });

  it('redraws one terminal line with a bar and an ETA, and clears it at the end', () => {
    const f = fake(true);
    const p = new Progress(f.stream, 'articles', f.clock);
    p.total = 1000;
    for (let i = 1; i <= 500; i++) { f.tick(1); p.update(i); }
    p.finish();
    expect(f.written).toHaveLength(6);
    expect(f.written[4]).toBe('\r[##########..........] 500/1,000 articles  1,000/s  ETA 0:01\u001b[K');
    expect(f.written[5]).toBe('\r\u001b[K');
  });

  it('says ? for an unknown total, and nothing for a short or failed run', () => {
    const f = fake(false);
    const p = new Progress(f.stream, 'documents', f.clock);
    f.tick(1500);
    p.update(3);
    expect(f.written).toEqual(['progress 3/? documents 2/s\n']);
    p.finish(false);
    expect(f.written).toHaveLength(1);
    const g = fake(false);
    const q = new Progress(g.stream, 'articles', g.clock);
    g.tick(10);
    q.update(1);
    q.finish();
    expect(g.written).toEqual([]);
  });
});

describe('countInputs', () => {
  it('counts article files in folders and records in JSONL files, and gives up on standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-count-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'sub', 'b.html'), 'x');
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    writeFileSync(join(dir, 'feed.jsonl'), '{}\n{}\n{}');
    expect(await countInputs([dir])).toBe(5);
    expect(await countInputs([join(dir, 'feed.jsonl'), join(dir, 'notes.pdf')])).toBe(4);
    expect(await countInputs([dir, '-'])).toBeUndefined();
    expect(await countInputs([join(dir, 'missing')])).toBeUndefined();
  });
});
