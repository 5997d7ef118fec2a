import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.live.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    setupFiles: ['test/setup/no-network.ts'],
    // Real PostgreSQL, MariaDB and Redis for test/databases.test.ts (skipped when absent, unless CI).
    globalSetup: ['test/setup/databases.ts'],
  },
});
