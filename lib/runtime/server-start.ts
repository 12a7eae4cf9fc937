// What a server process does once at start (from instrumentation.ts): own the database, apply
// migrations, refresh pages prerendered at build time, and start background jobs.
import 'server-only';
import { getDb, DbOpenError, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ConfigError, databaseTarget, getConfig } from '@/lib/config/env';
import { edgePurgeJob } from '@/lib/cache/edge-purge';
import { startCacheExpiry } from '@/lib/cache/start-expiry';
import { startBackgroundJobs } from './jobs';
import { startRequestLog } from './request-log';
import { errorFields, logger } from '@/lib/core/log';
import { publishDueJob } from '@/lib/scheduling/job';
import { retentionJob } from './retention-job';
import { startCollabServer } from '@/lib/collab/server';
import { shutDownCollabOnSignals } from '@/lib/collab/shutdown';

export async function startServer(): Promise<void> {
  try {
    const handle = await openDb(databaseTarget(getConfig()), undefined, (error) => logger({ module: 'db' }).error(errorFields(error), 'idle PostgreSQL connection failed'));
    await runMigrations(handle);
    setDbHandle(handle);
    await getDb();
  } catch (error) {
    if (error instanceof DbOpenError || error instanceof ConfigError) {
      console.error(`Byline cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  startRequestLog();
  // Prerendered pages, peers' tags and the edge purge's refresh: expiries from outside any request.
  startCacheExpiry();
  // Live editing over WebSocket, on this port (the request hook hands it the upgrades).
  startCollabServer();
  shutDownCollabOnSignals();
  startBackgroundJobs([publishDueJob(), retentionJob(), ...(getConfig().edgePurgeUrls.length ? [edgePurgeJob()] : [])]);
}
