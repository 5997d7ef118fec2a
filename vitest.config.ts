import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.live.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    setupFiles: ['test/setup/no-network.ts'],
    // Real PostgreSQL, MariaDB and Redis for test/databases.test.ts (skipped when absent, unless CI).
    // A scratch TMPDIR for the run, removed at the end (test/setup/scratch.ts).
    globalSetup: ['test/setup/scratch.ts', 'test/setup/databases.ts'],
  },
});
