// What a server process does once at start (from instrumentation.ts): own the database, apply
// migrations, refresh pages prerendered at build time, and start background jobs.
import 'server-only';
import { getDb, DbOpenError, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ConfigError, databaseTarget, getConfig } from '@/lib/config/env';
import { edgePurgeJob, setPageCacheRefresh } from '@/lib/cache/edge-purge';
import { announceExpiredTags, onPeerTags } from '@/lib/cache/peer-sync';
import { callSelf } from '@/lib/security/internal-token';
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
  // Pages built by `next build` were rendered from an empty database: expire them all once listening.
  const log = logger({ module: 'start' });
  startRequestLog();
  void callSelf('/api/internal/revalidate', { all: true }).catch((error) => log.error(errorFields(error), 'could not refresh prerendered pages'));
  // Edge keys are also the page cache's tags (lib/cache/edge-keys.ts): expire them here and on peers.
  setPageCacheRefresh(async (tags, { announce }) => {
    await callSelf('/api/internal/revalidate', { tags, fromPeer: true }, 1);
    if (announce) announceExpiredTags(tags);
  });
  // Live editing over WebSocket, on this port (the request hook hands it the upgrades).
  startCollabServer();
  shutDownCollabOnSignals();
  startBackgroundJobs([publishDueJob(), retentionJob(), ...(getConfig().edgePurgeUrls.length ? [edgePurgeJob()] : [])]);
  // Several instances may share this database: expire what the others' writes expired.
  onPeerTags((tags) => {
    void callSelf('/api/internal/revalidate', { tags, fromPeer: true }).catch((error) => log.error(errorFields(error), "could not expire another instance's cache tags"));
  });
}
