// Runs xmllint on a file; a missing xmllint fails the test with how to install it (CI installs libxml2-utils).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/corpus.js';

export const gexfRelaxNg = join(repoRoot, '..', 'shared', 'gexf-schema', '1.3-rng', 'gexf.rng');

export function xmllint(args: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (run.error) {
    throw new Error(`xmllint is needed to validate exports and could not run (${run.error.message}); install it with: apt-get install libxml2-utils`);
  }
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
