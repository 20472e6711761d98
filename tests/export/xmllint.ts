// Validates GEXF against the official GEXF 1.3 Relax NG schema with xmllint-wasm (libxml2 compiled to WebAssembly,
// from npm), so no system xmllint is needed. The grammar's included files are preloaded into its file system.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { repoRoot } from '../helpers/corpus.js';

const rngDir = join(repoRoot, '..', 'shared', 'gexf-schema', '1.3-rng');
const grammar = (fileName: string) => ({ fileName, contents: readFileSync(join(rngDir, fileName), 'utf8') });

/** Whether `xml` is valid GEXF 1.3 (viz included), with xmllint's report ("<name> validates", or each error). */
export async function validateGexf(xml: string, fileName = 'graph.gexf'): Promise<{ valid: boolean; output: string }> {
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: grammar('gexf.rng'),
    preload: [grammar('dynamics.rng'), grammar('viz.rng')],
    extension: 'relaxng',
    maxMemoryPages: memoryPages.GiB,
  });
  return { valid: result.valid, output: result.rawOutput };
}
