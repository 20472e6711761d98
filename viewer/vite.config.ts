// Builds the viewer into dist/viewer/ with relative asset paths, so the folder works from any static host and
// from `diplograph view`. The graph validator is compiled from schema/ at build time (ajv standalone), so the
// page validates documents against the one schema without evaluating code at run time.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const VALIDATOR = 'virtual:graph-validator';

/**
 * Ajv's standalone code is ESM except for its runtime helpers, which it still `require`s; the production build
 * converts those, the dev server does not. Turn each into an import, unwrapping CommonJS `default`s the same way
 * under both (the dev server hands over `module.exports`, the build its `default`).
 */
function asModule(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default/g, (_m, path: string) => {
    const name = `ajvRuntime${imports.length}`;
    imports.push(`import * as ${name}Module from ${JSON.stringify(path)};\nconst ${name} = unwrap(${name}Module);`);
    return name;
  });
  if (/\brequire\(/.test(body)) throw new Error('graph validator: ajv emitted a require() this plugin does not convert');
  const unwrap = "function unwrap(m) { while (m && typeof m !== 'function' && 'default' in m) m = m.default; return m; }";
  return `${unwrap}\n${imports.join('\n')}\n${body}`;
}

function graphValidator(): Plugin {
  return {
    name: 'diplograph-graph-validator',
    resolveId: (id) => (id === VALIDATOR ? `\0${VALIDATOR}` : null),
    load(id) {
      if (id !== `\0${VALIDATOR}`) return null;
      // Same options as src/document/validate.ts, so the page and the CLI judge a document alike.
      const ajv = new Ajv2020({
        strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true, code: { source: true, esm: true },
      });
      for (const name of ['defs.schema.json', 'graph.schema.json']) {
        const file = join(root, 'schema', name);
        this.addWatchFile(file);
        ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
      }
      return asModule(standaloneCode(ajv, { validateGraph: 'https://diplograph.dev/schema/graph.schema.json' }));
    },
  };
}

/** `DIPLOGRAPH_GRAPH=out/graph.json npm run viewer:dev` serves that graph at /graph.json, as `diplograph view` does. */
function devGraph(): Plugin {
  return {
    name: 'diplograph-dev-graph',
    apply: 'serve',
    configureServer(server) {
      const file = process.env['DIPLOGRAPH_GRAPH'];
      if (!file) return;
      server.middlewares.use('/graph.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [graphValidator(), devGraph()],
  build: {
    outDir: join(root, 'dist', 'viewer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', fs: { allow: [root] } },
});
