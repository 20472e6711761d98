// `diplograph view [graph] [--port N] [--host H] [--open] [--static DIR]`: serves the built viewer (dist/viewer)
// and the graph (at /graph.json) from a small node:http server bound to 127.0.0.1, or writes both into a folder
// that works from any static host. The graph is validated first, so a bad file fails here with its pointer.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DiplographError, InputError, UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { packageRoot } from '../../paths.js';

export const DEFAULT_BUNDLE = join(packageRoot, 'dist', 'viewer');
const DEFAULT_PORT = 4173;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// The page runs no inline script and evaluates no code (the validator is compiled at build time); the layout
// worker starts from a blob URL. Data from articles is text only, and this policy backs that up. Style
// attributes are allowed (not <style> elements): Chromium's XML parser reports a malformed GEXF with a styled
// <parsererror> element, and a style attribute cannot run code.
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; style-src-attr 'unsafe-inline'; "
    + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface ViewerServerOptions {
  /** The built viewer folder (index.html, assets/). */
  readonly bundle: string;
  /** Graph document or GEXF to serve; without one the page offers to open a file. */
  readonly graph?: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface ViewerServer {
  readonly url: string;
  close(): Promise<void>;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`expected a port number from 0 to 65535, got "${value}"`);
  return n;
}

function checkBundle(bundle: string): void {
  if (!existsSync(join(bundle, 'index.html'))) {
    throw new DiplographError('input', `the viewer is not built (no ${join(bundle, 'index.html')}); run \`npm run build\` first`);
  }
}

const isGexf = (file: string): boolean => extname(file).toLowerCase() === '.gexf';

/** Reads and validates a graph document; GEXF files are left for the page to read. */
async function readGraph(file: string): Promise<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new InputError(file, `cannot read: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  if (isGexf(file)) return text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError(file, `not JSON: ${(cause as Error).message}`, { cause });
  }
  const { assertValid } = await import('../../document/validate.js');
  assertValid('graph', data, file);
  return text;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head = false, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS, ...extra });
  res.end(head ? undefined : body);
}

function handler(options: ViewerServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(options.bundle);
  const graphPath = options.graph ? (isGexf(options.graph) ? '/graph.gexf' : '/graph.json') : null;
  return (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) { send(res, 405, 'text/plain', 'method not allowed\n'); return; }
    // A page elsewhere could point a DNS name at 127.0.0.1 and read the graph (DNS rebinding); only loopback names pass.
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (LOOPBACK.has(options.host) && !LOOPBACK.has(hostname)) { send(res, 421, 'text/plain', 'misdirected request\n'); return; }

    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(res, 400, 'text/plain', 'bad request\n'); // an undecodable %-escape: nothing here could match it
      return;
    }
    if (path === '/graph.json' || path === '/graph.gexf') {
      if (path !== graphPath || !options.graph) { send(res, 204, 'text/plain', ''); return; }
      try {
        // The file's own name, so the page can say which graph it shows.
        const name = `inline; filename*=UTF-8''${encodeURIComponent(basename(options.graph))}`;
        send(res, 200, CONTENT_TYPES[extname(path)]!, readFileSync(options.graph), head, { 'Content-Disposition': name });
      } catch (error) {
        send(res, 500, 'text/plain', `cannot read the graph: ${(error as Error).message}\n`);
      }
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== root && !file.startsWith(root + sep)) { send(res, 403, 'text/plain', 'forbidden\n'); return; }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      send(res, 404, 'text/plain', 'not found\n'); // missing or a directory: either way there is no such page
      return;
    }
    send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body, head);
  };
}

/** Starts the viewer server; resolves once it listens, with the URL to open. */
export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  checkBundle(options.bundle);
  if (options.graph) await readGraph(options.graph);
  const server: Server = createServer(handler(options));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      const query = options.graph && isGexf(options.graph) ? '?graph=graph.gexf' : '';
      resolvePromise({
        url: `http://${host}:${port}/${query}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

/** Writes the viewer and the graph into `dir` (index.html, assets/, graph.json): a folder for any static host. */
export async function writeStaticViewer(bundle: string, graph: string, dir: string): Promise<void> {
  checkBundle(bundle);
  if (isGexf(graph)) throw new UsageError('--static takes a graph document (graph.json); GEXF files can be opened in the viewer itself');
  const text = await readGraph(graph);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, 'exists and is not a folder');
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes('index.html')) {
      throw new InputError(dir, 'is not empty and holds no earlier viewer export; choose an empty or new folder');
    }
  }
  mkdirSync(dir, { recursive: true });
  cpSync(bundle, dir, { recursive: true, filter: (source) => !source.endsWith('.map') });
  writeFileAtomic(join(dir, 'graph.json'), text);
}

function openInBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', (error) => process.stderr.write(`diplograph: could not open a browser (${error.message}); open ${url} yourself\n`));
  child.unref();
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('Explore a graph in the browser: serve the viewer on 127.0.0.1 and print its URL, or write a static folder')
    .argument('[graph]', 'graph document (graph.json) or .gexf to show; without one, the page lets you open a file')
    .option('-p, --port <port>', `port to listen on, 0 for any free one (default: ${DEFAULT_PORT}, or a free one if taken)`, parsePort)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--open', 'open the URL in the default browser')
    .option('--static <dir>', 'write the viewer and the graph into this folder instead of serving')
    .addOption(new Option('--bundle <dir>', 'viewer build to serve').default(DEFAULT_BUNDLE).hideHelp())
    .action(async (graph: string | undefined, opts: { port?: number; host: string; open?: boolean; static?: string; bundle: string }) => {
      if (opts.static !== undefined) {
        if (!graph) throw new UsageError('--static needs a graph: diplograph view graph.json --static out/');
        await writeStaticViewer(opts.bundle, graph, opts.static);
        process.stderr.write(`wrote ${opts.static}: the viewer and ${graph} as graph.json; serve the folder from any static host\n`);
        return;
      }
      const base = { bundle: opts.bundle, host: opts.host, ...(graph ? { graph } : {}) };
      let server: ViewerServer;
      try {
        server = await startViewerServer({ ...base, port: opts.port ?? DEFAULT_PORT });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' && opts.port === undefined) server = await startViewerServer({ ...base, port: 0 });
        else if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
          throw new DiplographError('usage', `cannot listen on ${opts.host}:${opts.port ?? DEFAULT_PORT} (${code}); try another --port`, { cause: error });
        } else throw error;
      }
      process.stdout.write(`diplograph viewer: ${server.url}\n`);
      process.stderr.write('serving until Ctrl-C\n');
      if (opts.open) openInBrowser(server.url);
      const stop = (): void => { void server.close().then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
