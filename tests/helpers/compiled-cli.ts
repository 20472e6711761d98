// Vitest's global setup: compiles src/ once per run, and the command-line tests run that JavaScript, as the
// package ships it (dist/), instead of each process loading the TypeScript through tsx, which costs about a
// second of compiling per process over the hundred-odd processes the tests start. The output sits inside the
// package (node_modules/.cache) so that it finds data/ and schema/ as dist/ does; it is removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './corpus.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled `cli/main.js`. */
    compiledCli: string;
  }
}

export default function setup(project: TestProject): () => void {
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'diplograph-cli-'));
  const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(repoRoot, 'tsconfig.json'),
    '--outDir', out, '--declaration', 'false', '--sourceMap', 'false'], { encoding: 'utf8', cwd: repoRoot });
  const main = join(out, 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`compiling src/ for the command-line tests wrote no ${main}:\n${tsc.stdout}${tsc.stderr}`);
  project.provide('compiledCli', main);
  return () => rmSync(out, { recursive: true, force: true });
}
