import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    // Hooks build graphs and viewers; on a busy machine they take longer than vitest's default 10 s.
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
