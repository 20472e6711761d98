// The command line's own behaviour: --version, usage errors as one line and a pointer to the help, explain's
// exit status when there is nothing to explain.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/corpus.js';

describe('diplograph', () => {
  it('prints its version', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('answers a usage error with the error and where to find help, not the whole help (exit 2)', () => {
    const r = cli(['neighbours', 'graph.json', 'Ruto', '--depth', 'deep']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: option '--depth <n>' argument 'deep' is invalid/), 'see diplograph neighbours --help']);
    const unknown = cli(['bulid', 'corpus/']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('see diplograph --help');
    expect(unknown.stderr).not.toContain('Commands:');
  });

  it('explain exits 1 naming the article it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-main-'));
    writeFileSync(join(dir, 'blank.txt'), '\n\n');
    const r = cli(['explain', join(dir, 'blank.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`diplograph: ${join(dir, 'blank.txt')}: nothing to explain: file holds only whitespace; skipped\n`);
  });
});
