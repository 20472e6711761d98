// Regenerates src/document/types.gen.ts from schema/: the schema is the one source of truth for the
// document's shape. tests/document/types.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { renderDocumentTypes } from './render-types.js';

const out = new URL('../src/document/types.gen.ts', import.meta.url);
writeFileSync(out, await renderDocumentTypes());
console.log(`wrote ${out.pathname}`);
