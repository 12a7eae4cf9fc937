// Applies db/migrations: at start (scripts/start.ts, instrumentation) and by `npm run db:migrate`, never per request.
import path from 'node:path';
import type { DbHandle } from './client';

export const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

/** `folder`: another migrations folder (a test that stops before a migration to check its data move). */
export async function runMigrations(handle: DbHandle, folder = migrationsFolder): Promise<void> {
  if (handle.pool) {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    // Several app instances may start at once: one migrates, the others wait on the advisory lock.
    const client = await handle.pool.connect();
    try {
      await client.query(`select pg_advisory_lock(hashtext('byline:migrations'))`);
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('byline:migrations'))`).catch(() => {});
      client.release();
    }
    return;
  }
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(handle.db as never, { migrationsFolder: folder });
}
