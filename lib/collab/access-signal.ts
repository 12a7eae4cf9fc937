// "Check again who may be in these documents": sent after a write that can take access away (role
// change, disabled account, ended session, trash, a workflow step, bylines), heard by the live-editing
// server of every instance, which re-checks the affected connections and closes or downgrades them.
// On PostgreSQL a NOTIFY reaches every instance; on embedded PGlite there is one process, so it is an
// in-process emitter (kept on globalThis: Next bundles actions and the server start separately).
import 'server-only';
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';

export const ACCESS_CHANNEL = 'byline_collab_access';
export type AccessSignal = { userId: string } | { articleId: string };

type SignalState = { emitter: EventEmitter; listening: Promise<void> | null };

function state(): SignalState {
  const key = Symbol.for('byline.collab.access-signal');
  const holder = globalThis as unknown as Record<symbol, SignalState | undefined>;
  holder[key] ??= { emitter: new EventEmitter().setMaxListeners(0), listening: null };
  return holder[key];
}

const log = () => logger({ module: 'collab' });

export function parseAccessSignal(payload: string | undefined): AccessSignal | null {
  try {
    const value = JSON.parse(payload ?? '') as Record<string, unknown>;
    if (typeof value.userId === 'string') return { userId: value.userId };
    if (typeof value.articleId === 'string') return { articleId: value.articleId };
  } catch {
    // Not ours.
  }
  return null;
}

/** Announces, after the write committed, that access may have changed. Fire-and-forget. */
export function announceAccessChange(signal: AccessSignal): void {
  if (!getConfig().databaseUrl) {
    state().emitter.emit('signal', signal);
    return;
  }
  void getDb()
    .then((db) => db.execute(sql`select pg_notify(${ACCESS_CHANNEL}, ${JSON.stringify(signal)})`))
    .catch((error) => log().error(errorFields(error), 'could not announce an access change'));
}

/** Subscribes to every instance's announcements (this one's included); returns the unsubscribe function. */
export function onAccessChange(listener: (signal: AccessSignal) => void): () => void {
  const s = state();
  s.emitter.on('signal', listener);
  const url = getConfig().databaseUrl;
  if (url && !s.listening) {
    s.listening = listen(url, s).catch((error) => {
      s.listening = null;
      log().error(errorFields(error), 'cannot listen for access changes');
    });
  }
  return () => void s.emitter.off('signal', listener);
}

/** Resolves once this process hears announcements from other instances too (tests wait on it). */
export function accessSignalReady(): Promise<void> {
  return state().listening ?? Promise.resolve();
}

/**
 * The database the app's pool really uses (a test file's own database, not just DATABASE_URL's):
 * NOTIFY and LISTEN only meet within one database.
 */
async function poolDatabaseUrl(fallback: string): Promise<string> {
  const db = (await getDb()) as unknown as { $client?: { options?: { connectionString?: string } } };
  return db.$client?.options?.connectionString ?? fallback;
}

async function listen(configured: string, s: SignalState): Promise<void> {
  const { Client } = await import('pg');
  const url = await poolDatabaseUrl(configured);
  const connect = async (): Promise<void> => {
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      const signal = message.channel === ACCESS_CHANNEL ? parseAccessSignal(message.payload) : null;
      if (signal) s.emitter.emit('signal', signal);
    });
    client.on('error', (error) => {
      log().warn(errorFields(error), 'access channel lost; reconnecting');
      void client.end().catch(() => {});
      setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${ACCESS_CHANNEL}`);
  };
  await connect();
}
