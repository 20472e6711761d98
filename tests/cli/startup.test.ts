// What starting the command line loads before a command runs: its definitions, not what the commands run.
// Extraction and knowledge code, the schema validator and graphology cost about a second of CPU to load, which
// --version, --help, a usage error or a query of a built graph should not pay.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The modules the compiled command line loads before it parses its arguments: static imports, followed from main.js. */
function startupModules(): { own: string[]; packages: string[] } {
  const main = inject('compiledCli');
  const root = dirname(dirname(main));
  const own = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (own.has(file)) return;
    own.add(file);
    // Compiled output: each static import or re-export is a statement of its own; import() calls are left out.
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)) {
      const specifier = (m[1] ?? m[2])!;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  visit(main);
  return { own: [...own].map((f) => relative(root, f)).sort(), packages: [...packages].sort() };
}

describe('starting the command line', () => {
  it('defines every command without loading what they run', () => {
    const { own, packages } = startupModules();
    expect(own).toContain('cli/commands/build.js');
    expect(own).toContain('cli/commands/worker.js');
    expect(packages).toEqual(['commander']);
    expect(own.filter((f) => /^(extract|knowledge|eval|parallel|queue\/worker)/.test(f) || f === 'document/validate.js')).toEqual([]);
  });
});
