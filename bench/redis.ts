// Redis for the queue benchmark and tests: a redis-server of their own on 127.0.0.1, a free port and a temporary
// folder, stopped by its PID; and diplograph commands (workers, builds) run as the user runs them (under tsx, or the
// compiled JavaScript the tests name), as separate processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');

/** A port nothing listens on (now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => { server.listen(0, '127.0.0.1', resolve); });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => { server.close(resolve); });
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Whether something on `port` answers a PING as Redis does (PONG, or an authentication error). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('data', (data) => { socket.destroy(); resolve(/^[+-]/.test(data.toString())); });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

export class RedisServer {
  private process: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly args: readonly string[],
  ) {}

  /** Starts redis-server; `appendOnly` keeps its data across a restart, `args` adds options (`--requirepass`). */
  static async start(options: { appendOnly?: boolean; args?: readonly string[] } = {}): Promise<RedisServer> {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-redis-'));
    const args = ['--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', options.appendOnly ? 'yes' : 'no', ...(options.args ?? [])];
    const server = new RedisServer(await freePort(), dir, args);
    await server.launch();
    return server;
  }

  /** `redis://127.0.0.1:port[/db]`, with `userinfo` (`:password`, `user:password`) when given. */
  url(db = 0, userinfo?: string): string {
    return `redis://${userinfo ? `${userinfo}@` : ''}127.0.0.1:${this.port}${db ? `/${db}` : ''}`;
  }

  private async launch(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), ...this.args], { stdio: 'ignore' });
    this.process = child;
    for (let i = 0; i < 100; i++) {
      if (await answers(this.port)) return;
      if (child.exitCode !== null) break;
      await sleep(50);
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** Stops the server (SIGTERM: it writes its append-only file first) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  /** Stops the server, waits `pauseMs`, and starts it again on the same port and folder. */
  async restart(pauseMs: number): Promise<void> {
    await this.stop();
    await sleep(pauseMs);
    await this.launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Node's arguments before a command's own: the source under tsx, unless `useCompiledCli` named compiled JavaScript. */
let entry = ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts')];

/** Variables later commands get in their environment, besides this process's and their own. */
let commonEnv: NodeJS.ProcessEnv = {};

/** Runs later commands from `main`, the compiled `cli/main.js`, with `env` in their environment. */
export function useCompiledCli(main: string, env: NodeJS.ProcessEnv = {}): void {
  entry = [main];
  commonEnv = env;
}

/** A diplograph command running in its own process, as the user runs it, its output gathered. */
export class Command {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;

  constructor(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [...entry, ...args], {
      cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...commonEnv, ...env },
    });
    this.child.stdout!.setEncoding('utf8').on('data', (text: string) => { this.stdout += text; });
    this.child.stderr!.setEncoding('utf8').on('data', (text: string) => { this.stderr += text; });
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }

  /** Waits until standard error has a line matching `pattern` (or the process ends); false when it ended first. */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (pattern.test(this.stderr)) return true;
      if (this.child.exitCode !== null || this.child.signalCode !== null) return pattern.test(this.stderr);
      await sleep(50);
    }
    return false;
  }

  /** Sends `signal` (if still running) and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/** Runs a command to its end. */
export async function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Command> {
  const command = new Command(args, env);
  await command.exited;
  return command;
}

/** `count` workers on `url`, one thread each, started and ready (their first line printed). */
export async function startWorkers(url: string, count: number, env: NodeJS.ProcessEnv = {}): Promise<Command[]> {
  const workers = Array.from({ length: count }, () => new Command(['worker', '--queue', url, '--concurrency', '1'], env));
  for (const w of workers) {
    if (!(await w.waitFor(/^worker: taking batches/m))) throw new Error(`worker did not start: ${w.stderr}`);
  }
  return workers;
}
