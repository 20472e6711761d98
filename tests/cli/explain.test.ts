// `diplograph explain` says where the publication date was read and why it was read that way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';


describe('diplograph explain', () => {
  it('prints the publication date with the furniture it came from and the day-first reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-explain-'));
    const file = join(dir, 'talks.txt');
    writeFileSync(file, [
      'Published: 05/01/2021 21:14 | Updated: 25/01/2021 08:00',
      '',
      'Kenyan President Uhuru Kenyatta held talks with Ghanaian President Nana Akufo-Addo in Nairobi on Tuesday, his office said.',
      '',
    ].join('\n'));
    const r = cli(['explain', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('published 2021-01-05 (dateline)');
    expect(r.stdout).toContain('published 2021-01-05 from "05/01/2021" (header): day-first because "25/01/2021" on the page can only be read that way');
  });
});
