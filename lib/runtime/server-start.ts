// What a server process does once at start (from instrumentation.ts): own the database, apply
// migrations, refresh pages prerendered at build time, and start background jobs.
import 'server-only';
import { getDb, DbOpenError, defaultTarget, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ConfigError, getConfig } from '@/lib/config/env';
import { edgePurgeJob } from '@/lib/cache/edge-purge';
import { listenToPeers } from '@/lib/cache/peer-sync';
import { callSelf } from './internal-token';
import { startBackgroundJobs } from './jobs';
import { publishDueJob } from '@/lib/scheduling/job';

export async function startServer(): Promise<void> {
  try {
    getConfig();
    const handle = await openDb(defaultTarget());
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
  void callSelf('/api/internal/revalidate', { all: true }).catch((error) =>
    console.error(`[start] could not refresh prerendered pages: ${(error as Error).message}`),
  );
  startBackgroundJobs([publishDueJob(), ...(getConfig().edgePurgeUrls.length ? [edgePurgeJob()] : [])]);
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) {
    // Several instances may share this database: expire what the others' writes expired.
    await listenToPeers(databaseUrl, async (tags) => {
      await callSelf('/api/internal/revalidate', { tags, fromPeer: true });
    }).catch((error) => console.error(`[start] cannot listen for other instances' cache changes: ${(error as Error).message}`));
  }
}
