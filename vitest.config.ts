// Unit and integration tests: real databases (PGlite per file, or PostgreSQL when DATABASE_URL is set).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` guards bundles from client imports; tests run on the server side by definition.
      'server-only': path.resolve(import.meta.dirname, 'db/testing-empty.ts'),
    },
  },
  test: {
    include: ['{lib,db,app,components,scripts}/**/*.test.{ts,tsx}'],
    globalSetup: ['./vitest.global-setup.ts'],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
