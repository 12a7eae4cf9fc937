// Every integration test file gets its own fresh, migrated database behind getDb(), copied from the run's template.
import { afterAll, beforeAll, inject } from 'vitest';
import type { DbHandle } from './db/client';
import { setDbHandle } from './db/client';
import { openFreshTestDatabase } from './db/testing';
import { parseConfig } from './lib/config/env';

let handle: DbHandle | undefined;

beforeAll(async () => {
  // parseConfig, not getConfig: test files set DATA_DIR and the like after this file runs.
  handle = await openFreshTestDatabase(parseConfig(process.env).databaseUrl, inject('testDatabaseTemplate'));
});

afterAll(async () => {
  setDbHandle(undefined);
  await handle?.close();
});
