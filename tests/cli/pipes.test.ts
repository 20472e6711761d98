// A closed standard output (`diplograph … | head`) ends a command quietly: exit 0, nothing on standard error, as
// git and ripgrep do, instead of an EPIPE stack trace.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../helpers/cli.js';
import { devArticlePath, devArticlesDir } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-pipes-'));
const graph = join(dir, 'graph.json');

/** Runs the command with its standard output closed by the reader before it writes, as `| head` does after ten lines. */
function closedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a reader that closes the pipe early', () => {
  beforeAll(() => {
    const built = cli(['build', devArticlesDir, '--out', graph, '--no-cache', '--quiet']);
    expect(built.status, built.stderr).toBe(0);
  });

  it.each([
    ['timeline --json', ['timeline', graph, 'Putin', '--json']],
    ['neighbours --json', ['neighbours', graph, 'Putin', '--json']],
    ['export', ['export', graph]],
    ['explain', ['explain', devArticlePath('seed-putin-raisi-2024-03-19')]],
    ['build to standard output', ['build', devArticlePath('seed-putin-raisi-2024-03-19'), '--quiet', '--no-layout']],
  ])('%s exits 0 without a word', async (_name, args) => {
    const run = await closedStdout(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
