// Builds the viewer bundle into a temporary folder (so tests see the current source, not a stale dist/) and
// runs the real `diplograph view` server on an ephemeral port, reading its URL from stdout.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from './corpus.js';

export async function buildViewer(outDir: string): Promise<void> {
  await build({
    configFile: join(repoRoot, 'viewer', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

export function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 * 2 ** 20 });
}

/** Runs a CLI command in the background (for builds started side by side). */
export function cliAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

export interface RunningViewer { readonly url: string; readonly process: ChildProcess; stop(): Promise<void> }

/** `diplograph view <graph> --port 0 --bundle <bundle>`, resolved once it prints its URL. */
export function startView(args: string[]): Promise<RunningViewer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'view', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`view did not print a URL in time:\n${out}\n${err}`)); }, 30_000);
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
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
