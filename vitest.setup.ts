// Every test file gets its own fresh, migrated database behind getDb().
import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from './db/client';
import { useDbHandle } from './db/client';
import { useFreshTestDatabase } from './db/testing';

let handle: DbHandle | undefined;

beforeAll(async () => {
  handle = await useFreshTestDatabase();
});

afterAll(async () => {
  useDbHandle(undefined);
  await handle?.close();
});
