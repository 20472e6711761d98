// Headless Chromium through playwright-core, set up so sigma's WebGL works without a GPU (ANGLE on SwiftShader;
// `--use-gl=swiftshader` alone leaves WebGL off). Used by the viewer's browser tests and its benchmark.
// The browser comes from npm: @sparticuz/chromium ships a headless Chromium, SwiftShader and a font inside the
// package, unpacked here on first use into the system's temporary folder, so nothing is downloaded and no system
// browser is needed. DIPLOGRAPH_CHROMIUM points at another browser instead.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

/** Where a browser lives and the environment it needs (its font configuration). */
export interface ChromiumInstall {
  readonly executablePath: string;
  readonly env?: Readonly<Record<string, string>>;
}

const require = createRequire(import.meta.url);

/**
 * Unpacks @sparticuz/chromium into `<tmp>/diplograph-chromium-<version>` once per machine. The package unpacks
 * into the temporary folder its process sees, so a child process does it into a private folder that is renamed
 * into place when complete: runs started side by side, or one killed half way, never see half a browser.
 */
async function unpackedChromium(): Promise<ChromiumInstall> {
  const entry = require.resolve('@sparticuz/chromium');
  const root = join(dirname(entry), '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const home = join(tmpdir(), `diplograph-chromium-${version}`);
  const fontConfig = join(home, 'fonts.conf');
  if (!existsSync(join(home, 'ready'))) {
    const stage = mkdtempSync(`${home}.unpacking-`);
    try {
      const unpack = `import(${JSON.stringify(pathToFileURL(entry).href)}).then((m) => m.default.executablePath())`;
      await promisify(execFile)(process.execPath, ['--input-type=module', '-e', unpack], { env: { ...process.env, TMPDIR: stage } });
      // The package's own font configuration names folders of the machines it was made for; this one names its font.
      writeFileSync(join(stage, 'fonts.conf'), `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(home, 'fonts')}</dir>\n  <cachedir>${join(home, 'fonts-cache')}</cachedir>\n</fontconfig>\n`);
      mkdirSync(join(stage, 'fonts-cache'));
      writeFileSync(join(stage, 'ready'), `${version}\n`);
      try {
        renameSync(stage, home);
      } catch (error) {
        // Another run got there first: its copy is as good as this one.
        if (!existsSync(join(home, 'ready'))) throw error;
      }
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
  return { executablePath: join(home, 'chromium'), env: { FONTCONFIG_FILE: fontConfig } };
}

let install: Promise<ChromiumInstall> | undefined;

/** The browser to drive: DIPLOGRAPH_CHROMIUM when set, else the one @sparticuz/chromium ships (unpacked once). */
export function chromiumInstall(): Promise<ChromiumInstall> {
  const chosen = process.env['DIPLOGRAPH_CHROMIUM'];
  if (chosen) {
    if (!existsSync(chosen)) return Promise.reject(new Error(`DIPLOGRAPH_CHROMIUM is ${chosen}, which does not exist`));
    return Promise.resolve({ executablePath: chosen });
  }
  install ??= unpackedChromium();
  return install;
}

/** A browser with a persistent profile of its own (downloads and storage as a person's), removed when it closes. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const { executablePath, env } = await chromiumInstall();
  const profile = mkdtempSync(join(tmpdir(), 'diplograph-chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: CHROMIUM_ARGS, viewport, acceptDownloads: true,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
  });
  // Chromium may still be flushing its cache when the context reports closing, so removal retries, and a
  // leftover temporary folder is no failure.
  context.on('close', () => { void rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => undefined); });
  return context;
}
