// Test databases: a fresh PGlite per test file by default, or a fresh database on the PostgreSQL
// server named by DATABASE_URL (created here, dropped afterwards), so test files never interfere.
import crypto from 'node:crypto';
import { openDb, setDbHandle, type DbHandle } from './client';
import { runMigrations } from './migrate';

/**
 * `baseUrl`: the PostgreSQL server to create the database on (the config's DATABASE_URL); none: PGlite.
 * `migrationsFolder`: migrate from another folder (a migration test stops before the one it checks).
 */
export async function createTestDatabase(baseUrl?: string, options: { migrationsFolder?: string } = {}): Promise<DbHandle> {
  if (!baseUrl) {
    const handle = await openDb({ kind: 'pglite-memory' });
    await runMigrations(handle, options.migrationsFolder);
    return handle;
  }
  const name = `byline_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDb({ kind: 'postgres', url: baseUrl });
  await admin.pool!.query(`create database ${name}`);
  await admin.close();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ kind: 'postgres', url: url.toString() });
  await runMigrations(handle, options.migrationsFolder);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = await openDb({ kind: 'postgres', url: baseUrl });
      await cleanup.pool!.query(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    },
  };
}

/** Points the process-wide getDb() at a fresh test database; returns the handle to close. */
export async function openFreshTestDatabase(baseUrl?: string): Promise<DbHandle> {
  const handle = await createTestDatabase(baseUrl);
  setDbHandle(handle);
  return handle;
}
