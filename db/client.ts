// Hands the app one Drizzle instance: embedded PGlite under DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDirLock, type DirLock } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A failure to open the database, with a message fit to print as the one line a start fails with. */
export class DbOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DbOpenError';
  }
}

export type DbTarget =
  | { kind: 'pglite'; dataDir: string }
  /** `loadDataDir`: a tarball from PGlite's dumpDataDir to start from (tests start from a migrated one). */
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolMax?: number };

export type DbHandle = {
  db: Db;
  kind: DbTarget['kind'];
  close: () => Promise<void>;
  /** The node-postgres pool behind `db` (PostgreSQL only): migrations take a session lock on one client. */
  pool?: import('pg').Pool;
  /** The PGlite instance behind `db` (embedded only): the test setup dumps a migrated one as a template. */
  pglite?: import('@electric-sql/pglite').PGlite;
};

/** Sees every query Drizzle sends (the benchmark EXPLAINs them). */
export type QueryLogger = { logQuery: (query: string, params: unknown[]) => void };

/** How the caller wants to hear of an idle PostgreSQL connection failing (the server passes its logger). */
export type IdleErrorListener = (error: Error) => void;

const printIdleError: IdleErrorListener = (error) => console.error(`[db] idle PostgreSQL connection failed: ${error.message}`);

/** Opens a database without touching the process-wide singleton (scripts and tests). */
export async function openDb(target: DbTarget, logger?: QueryLogger, onIdleError: IdleErrorListener = printIdleError): Promise<DbHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.poolMax ?? 10, logger, onIdleError);
  return openPglite(target.kind === 'pglite' ? target.dataDir : undefined, logger, target.kind === 'pglite-memory' ? target.loadDataDir : undefined);
}

async function openPostgres(url: string, poolMax: number, logger: QueryLogger | undefined, onIdleError: IdleErrorListener): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5000 });
  // A pool emits errors for idle clients the server dropped; without a listener they would crash the process.
  pool.on('error', onIdleError);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DbOpenError(`Cannot connect to PostgreSQL at ${describeUrl(url)}: ${(error as Error).message || (error as NodeJS.ErrnoException).code}`);
  }
  const db = drizzle(pool, { schema, logger }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end(), pool };
}

async function openPglite(dataDir: string | undefined, logger?: QueryLogger, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let lock: DirLock | undefined;
  let dir: string | undefined;
  if (dataDir) {
    ensureWritableDir(dataDir);
    // PGlite is single-process: a second process on the same files would corrupt them.
    lock = acquireDirLock(path.join(dataDir, 'pglite.lock'));
    dir = path.join(dataDir, 'pglite');
  }
  let client: InstanceType<typeof PGlite>;
  try {
    client = await PGlite.create(dir ? { dataDir: dir } : { loadDataDir });
  } catch (error) {
    lock?.release();
    throw new DbOpenError(`Cannot open the embedded database in ${dir ?? 'memory'}: ${(error as Error).message}`);
  }
  const db = drizzle(client, { schema, logger }) as unknown as Db;
  return {
    db,
    kind: dataDir ? 'pglite' : 'pglite-memory',
    pglite: client,
    close: async () => {
      await client.close();
      lock?.release();
    },
  };
}

function ensureWritableDir(dir: string) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    throw new DbOpenError(`DATA_DIR is not writable: ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured URL';
  }
}

// ---------------------------------------------------------------- the process-wide instance
// Kept on globalThis: Next loads instrumentation, pages and route handlers as separate bundles in one
// process, and two PGlite instances on one directory would corrupt it.
type Holder = { handle?: Promise<DbHandle> };
const holder: Holder = ((globalThis as Record<symbol, Holder>)[Symbol.for('byline.db')] ??= {});

/**
 * `next build` prerenders in throwaway workers: they get an empty, migrated database of their own, so a
 * build never needs (or locks) the real one. Pages are refreshed at start. NEXT_PHASE is set by Next
 * itself, so it is read here rather than through the app's config (db/ imports nothing of the app).
 */
function isBuildWorker(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * The shared database. Whoever runs the process opens it first with setDbHandle (the server start, the
 * npm scripts, the test setup), from the app's config; only build workers open one here, in memory.
 */
export function getDb(): Promise<Db> {
  holder.handle ??= (async () => {
    if (!isBuildWorker()) throw new DbOpenError('The database is not open yet: the server start or the script opens it before any query.');
    const handle = await openDb({ kind: 'pglite-memory' });
    const { runMigrations } = await import('./migrate');
    await runMigrations(handle);
    return handle;
  })();
  holder.handle.catch(() => {
    holder.handle = undefined;
  });
  return holder.handle.then((h) => h.db);
}

/** Tests point the shared instance at their own database. */
export function setDbHandle(handle: DbHandle | undefined) {
  holder.handle = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb() {
  const pending = holder.handle;
  holder.handle = undefined;
  if (pending) await (await pending).close();
}
