// Every test file gets its own fresh, migrated database behind getDb().
import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from './db/client';
import { setDbHandle } from './db/client';
import { openFreshTestDatabase } from './db/testing';

let handle: DbHandle | undefined;

beforeAll(async () => {
  handle = await openFreshTestDatabase();
});

afterAll(async () => {
  setDbHandle(undefined);
  await handle?.close();
});
