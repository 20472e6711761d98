// Headless Debian Chromium through playwright-core, set up so sigma's WebGL works without a GPU (ANGLE on
// SwiftShader; `--use-gl=swiftshader` alone leaves WebGL off). Used by the viewer's browser tests and its benchmark.
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['DIPLOGRAPH_CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set DIPLOGRAPH_CHROMIUM)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'diplograph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, acceptDownloads: true,
  });
  // A fresh profile per launch, removed once the browser is gone; Chromium may still be flushing its cache when
  // the context reports closing, so removal retries, and a leftover temporary folder is no failure.
  context.on('close', () => { void rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => undefined); });
  return context;
}
