// Test databases: a fresh PGlite per test file by default, or a fresh database on the PostgreSQL
// server named by DATABASE_URL (created here, dropped afterwards), so test files never interfere.
// Migrating costs seconds per database; a test run migrates one template (vitest.global-setup.ts) and
// each file starts from a copy of it. Without a template (scripts, or a file run outside that setup)
// each database is migrated on its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, setDbHandle, type DbHandle } from './client';
import { runMigrations } from './migrate';

/** A migrated, empty database to copy: a PGlite dump on disk, or a template database on the server. */
export type TestDatabaseTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; name: string };

const randomName = (prefix: string) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`;

function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(baseUrl: string, statement: string): Promise<void> {
  const admin = await openDb({ kind: 'postgres', url: baseUrl, poolMax: 1 });
  try {
    await admin.pool!.query(statement);
  } finally {
    await admin.close();
  }
}

/**
 * `baseUrl`: the PostgreSQL server to create the database on (the config's DATABASE_URL); none: PGlite.
 * `template`: the run's migrated template to copy (vitest.global-setup.ts); none: migrate here.
 * `migrationsFolder`: migrate from another folder (a migration test stops before the one it checks); the
 * template is then not used, since it holds every migration.
 */
export async function createTestDatabase(baseUrl?: string, options: { template?: TestDatabaseTemplate; migrationsFolder?: string } = {}): Promise<DbHandle> {
  const template = options.migrationsFolder ? undefined : options.template;
  if (!baseUrl) {
    if (template?.kind === 'pglite') return openDb({ kind: 'pglite-memory', loadDataDir: new Blob([fs.readFileSync(template.dumpFile)]) });
    const handle = await openDb({ kind: 'pglite-memory' });
    await runMigrations(handle, options.migrationsFolder);
    return handle;
  }
  const name = randomName('byline_test');
  // Copying a template is a file copy on the server; nobody may be connected to the template meanwhile.
  await onServer(baseUrl, template?.kind === 'postgres' ? `create database ${name} template ${template.name}` : `create database ${name}`);
  const handle = await openDb({ kind: 'postgres', url: databaseUrl(baseUrl, name) });
  if (template?.kind !== 'postgres') await runMigrations(handle, options.migrationsFolder);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await onServer(baseUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Points the process-wide getDb() at a fresh test database; returns the handle to close. */
export async function openFreshTestDatabase(baseUrl?: string, template?: TestDatabaseTemplate): Promise<DbHandle> {
  const handle = await createTestDatabase(baseUrl, { template });
  setDbHandle(handle);
  return handle;
}

/** Migrates one template for a whole test run; `drop` removes it when the run ends. */
export async function createTestTemplate(baseUrl?: string): Promise<{ template: TestDatabaseTemplate; drop: () => Promise<void> }> {
  if (!baseUrl) {
    const handle = await openDb({ kind: 'pglite-memory' });
    try {
      await runMigrations(handle);
      // Uncompressed: each file loads it, and gunzipping 30 MB costs more than reading it.
      const dump = await handle.pglite!.dumpDataDir('none');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-test-template-'));
      const dumpFile = path.join(dir, 'pglite.tar');
      fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
      return { template: { kind: 'pglite', dumpFile }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    } finally {
      await handle.close();
    }
  }
  const name = randomName('byline_test_template');
  await onServer(baseUrl, `create database ${name}`);
  const drop = () => onServer(baseUrl, `drop database if exists ${name} with (force)`);
  try {
    const handle = await openDb({ kind: 'postgres', url: databaseUrl(baseUrl, name) });
    try {
      await runMigrations(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { template: { kind: 'postgres', name }, drop };
}
