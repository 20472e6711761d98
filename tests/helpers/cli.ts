// The command line as the tests run it: `node <compiled>/cli/main.js` (see compiled-cli.ts), from the package root;
// `diplograph view` on an ephemeral port, its URL read from stdout.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { inject } from 'vitest';
import { repoRoot } from './corpus.js';

export interface CliResult { readonly status: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }

/** Node's arguments for `diplograph <args>`. */
export function cliArgs(args: readonly string[]): string[] {
  return [inject('compiledCli'), ...args];
}

/** Runs `diplograph <args>` to its end, `input` on its standard input. */
export function cli(args: readonly string[], input?: string): CliResult {
  return spawnSync(process.execPath, cliArgs(args), { encoding: 'utf8', cwd: repoRoot, input, maxBuffer: 64 * 2 ** 20 });
}

/** Starts `diplograph <args>` in the background. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, cliArgs(args), { cwd: repoRoot, ...options });
}

/** Runs a command in the background (for builds started side by side). */
export function cliAsync(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

export interface RunningViewer { readonly url: string; readonly process: ChildProcess; stop(): Promise<void> }

/** `diplograph view <graph> --port 0 --bundle <bundle>`, resolved once it prints its URL. */
export function startView(args: string[]): Promise<RunningViewer> {
  const child = spawnCli(['view', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`view did not print a URL in time:\n${out}\n${err}`)); }, 30_000);
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/\S+/.exec(out)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        process: child,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) { done(); return; }
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`view exited with ${code}:\n${out}\n${err}`)); });
  });
}
