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
      return standaloneCode(ajv, { validateGraph: 'https://diplograph.dev/schema/graph.schema.json' });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [graphValidator()],
  build: {
    outDir: join(root, 'dist', 'viewer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', fs: { allow: [root] } },
});
