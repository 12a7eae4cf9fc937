// Two Vitest projects (scripts/test-sets.ts decides which file goes where): `unit` needs no database
// and runs once; `integration` reaches db/client.ts, gets a fresh migrated database per file (PGlite,
// or PostgreSQL when DATABASE_URL is set) and is the part CI runs again on PostgreSQL.
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { testSets } from './scripts/test-sets.ts';

const sets = testSets(import.meta.dirname);

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` guards bundles from client imports; tests run on the server side by definition.
      'server-only': path.resolve(import.meta.dirname, 'db/testing-empty.ts'),
    },
  },
  test: {
    environment: 'node',
    // Vitest's default on 2 cores is one worker (cores - 1), which leaves a core idle while a file
    // waits on a spawned command or a socket. Forks, not threads: each file's PGlite (WebAssembly,
    // tens of MB) and its process-wide state (getDb, env) stay in their own process.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: sets.unit, setupFiles: ['./vitest.unit-setup.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: sets.integration, globalSetup: ['./vitest.global-setup.ts'], setupFiles: ['./vitest.setup.ts'] },
      },
    ],
  },
});
