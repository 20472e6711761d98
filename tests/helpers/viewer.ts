// Builds the viewer bundle into a temporary folder, so tests see the current source, not a stale dist/.
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
