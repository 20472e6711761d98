import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    // Hooks build graphs and viewers; on a busy machine they take longer than vitest's default 10 s.
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time on two cores (vitest's default is one fewer than the cores): most of the time goes to
    // command-line processes a test waits on, and the other core would stay idle meanwhile.
    maxWorkers: '100%',
    // A worker runs its files in one module graph, so data/ is loaded into lookups once per worker, not per file
    // (no test changes a module's state for the next).
    isolate: false,
    // Compiles src/ once for the command-line tests (tests/helpers/cli.ts runs it).
    globalSetup: ['tests/helpers/compiled-cli.ts'],
  },
});
