// Article ids are unique within a run, and the same text read twice counts once.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/extract/read/index.js';

describe('readInputs ids', () => {
  it('gives a second article under a used id a hashed id, and skips the same file read twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-dup-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'report.txt'), 'Published: 2024-05-02\n\nKenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Accra on Tuesday.\n');
    writeFileSync(join(dir, 'b', 'report.txt'), 'Published: 2024-05-03\n\nSouth African President Cyril Ramaphosa met Angolan President Joao Lourenco in Luanda on Thursday.\n');
    const ids: string[] = [];
    const warnings: string[] = [];
    for await (const r of readInputs([dir, join(dir, 'a', 'report.txt')])) {
      if (r.article) ids.push(r.article.id);
      for (const w of r.warnings) warnings.push(`${w.code} ${w.file}`);
    }
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('report');
    expect(ids[1]).toMatch(/^report~[0-9a-f]{8}$/);
    expect(warnings).toEqual([`duplicate_article ${join(dir, 'a', 'report.txt')}`]);
  });
});
