// Shared plumbing for the npm scripts: config, database opening, one-line failures.
import nextEnv from '@next/env';
import { ConfigError, databaseTarget, parseConfig, type AppConfig } from '@/lib/config/env';
import { DbOpenError, openDb, setDbHandle, type DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';

/** Prints one line and exits: bad settings and unreachable databases are not stack traces. */
export function fail(message: string): never {
  console.error(`Byline cannot start: ${message}`);
  process.exit(1);
}

export function loadConfig(options: { createSecret?: boolean } = {}): AppConfig {
  // The same .env files Next.js reads, so the start script and the server agree.
  nextEnv.loadEnvConfig(process.cwd(), process.argv.includes('--dev'), { info: () => {}, error: console.error });
  try {
    return parseConfig(process.env, options);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Opens and migrates the configured database and makes it the process-wide one. */
export async function openMigratedDb(config: AppConfig): Promise<DbHandle> {
  try {
    const handle = await openDb(databaseTarget(config));
    await runMigrations(handle);
    setDbHandle(handle);
    return handle;
  } catch (error) {
    if (error instanceof DbOpenError) fail(error.message);
    throw error;
  }
}

/** Runs `fn` while holding a PostgreSQL session lock, so concurrent starts do not seed twice. */
export async function withStartLock<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  if (!handle.pool) return fn();
  const client = await handle.pool.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('byline:seed'))`);
    return await fn();
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('byline:seed'))`).catch(() => {});
    client.release();
  }
}

/**
 * Opens and migrates the configured database for a command run beside (or instead of) the server. The
 * embedded database belongs to one process: when a running server holds it, one line says what to do.
 */
export async function openDbForCommand(config: AppConfig, what: string): Promise<DbHandle> {
  try {
    const handle = await openDb(databaseTarget(config));
    await runMigrations(handle);
    setDbHandle(handle);
    return handle;
  } catch (error) {
    if (!(error instanceof DbOpenError)) throw error;
    const pid = /\(pid (\d+)/.exec(error.message)?.[1];
    console.error(
      pid
        ? `The embedded database in ${config.dataDir} is in use by a running Byline server (pid ${pid}): stop it, run the ${what}, then start it again (or run Byline on PostgreSQL with DATABASE_URL, where it runs beside the server).`
        : `Cannot open the database: ${error.message}`,
    );
    process.exit(1);
  }
}
