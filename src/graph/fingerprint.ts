// The extractor's fingerprint: what an article's fragment depends on besides the article. A change to the
// rules' data (gazetteer, lexicon), the schema, the extraction code or the package version gives a new
// fingerprint, so cached fragments made by the old extractor are not reused.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, packageRoot, packageVersion, schemaDir } from '../paths.js';

/** Files under `dir` (recursively) whose names pass `keep`, sorted, hidden entries passed over. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

const isCode = (name: string) => /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts');

/**
 * sha256 over the package version and the files extraction reads or runs: `data/gazetteer`, `data/lexicon`,
 * `schema/`, and the code of `extract/` and `knowledge/` (not its importers) beside this module (src/ under tsx, dist/ once built).
 * `root` replaces data/ when the knowledge comes from elsewhere.
 */
export function extractorFingerprint(root: string = dataDir): string {
  const hash = createHash('sha256');
  hash.update(`diplograph ${packageVersion()}\u0000`);
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url)));
  const files = [
    ...filesUnder(join(root, 'gazetteer'), (n) => n.endsWith('.json')),
    ...filesUnder(join(root, 'lexicon'), (n) => n.endsWith('.json')),
    ...filesUnder(schemaDir, (n) => n.endsWith('.json')),
    ...filesUnder(join(codeRoot, 'extract'), isCode),
    // knowledge/import/ regenerates data/ and is not run by extraction; data/ itself is hashed above.
    ...filesUnder(join(codeRoot, 'knowledge'), isCode).filter((f) => !relative(join(codeRoot, 'knowledge'), f).startsWith('import')),
  ];
  for (const file of files) {
    hash.update(`${relative(packageRoot, file)}\u0000`);
    hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

let memo: string | undefined;

/** The fingerprint of the bundled extractor, computed once per process. */
export function defaultFingerprint(): string {
  memo ??= extractorFingerprint();
  return memo;
}
