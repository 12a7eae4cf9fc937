// The change signal that tells every app instance "live article X has changes up to number N".
// On PostgreSQL it is a NOTIFY on one channel, heard by ONE listening connection per instance (so 500
// readers cost one connection, not 500); on embedded PGlite there is one process, so it is an
// in-process emitter. The payload is tiny on purpose: listeners read the changes from the database.
import 'server-only';
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';

export const LIVE_CHANNEL = 'byline_live';
export type LiveSignal = { articleId: string; change: number };

const log = () => logger({ module: 'live' });

type SignalState = { emitter: EventEmitter; listening: Promise<void> | null; stop: (() => Promise<void>) | null };

/**
 * Kept on globalThis: Next bundles route handlers and server actions separately, and each bundle would
 * otherwise get its own copy of this module (and its own emitter) inside the same process.
 */
function state(): SignalState {
  const key = Symbol.for('byline.live.signal');
  const holder = globalThis as unknown as Record<symbol, SignalState | undefined>;
  holder[key] ??= { emitter: new EventEmitter().setMaxListeners(0), listening: null, stop: null };
  return holder[key];
}

export function parseSignal(payload: string | undefined): LiveSignal | null {
  try {
    const value = JSON.parse(payload ?? '') as Partial<LiveSignal>;
    if (typeof value.articleId === 'string' && typeof value.change === 'number' && Number.isSafeInteger(value.change)) {
      return { articleId: value.articleId, change: value.change };
    }
  } catch {
    // Not ours.
  }
  return null;
}

/** Announces a committed change. Fire-and-forget: a lost signal only delays readers until their next catch-up. */
export function announceLiveChange(signal: LiveSignal): void {
  if (!getConfig().databaseUrl) {
    state().emitter.emit('signal', signal);
    return;
  }
  void getDb()
    .then((db) => db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(signal)})`))
    .catch((error) => log().error(errorFields(error), 'could not announce a live change'));
}

/** Subscribes to every instance's changes (this one's included); returns the unsubscribe function. */
export function onLiveChange(listener: (signal: LiveSignal) => void): () => void {
  const s = state();
  s.emitter.on('signal', listener);
  const url = getConfig().databaseUrl;
  if (url && !s.listening) s.listening = listen(url, s).catch((error) => {
    s.listening = null;
    log().error(errorFields(error), 'cannot listen for live changes');
  });
  return () => void s.emitter.off('signal', listener);
}

/** One dedicated LISTEN connection per process, reconnecting after a failure. */
async function listen(url: string, s: SignalState): Promise<void> {
  const { Client } = await import('pg');
  const connect = async (): Promise<void> => {
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL) return;
      const signal = parseSignal(message.payload);
      if (signal) s.emitter.emit('signal', signal);
    });
    client.on('error', (error) => {
      log().warn(errorFields(error), 'live channel lost; reconnecting');
      void client.end().catch(() => {});
      // Readers catch up on reconnect: tell every stream to re-read once the channel is back.
      setTimeout(() => void connect().then(() => s.emitter.emit('resync')).catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${LIVE_CHANNEL}`);
    s.stop = () => client.end();
  };
  await connect();
}

/** Runs `listener` when the channel came back after a loss (changes may have been missed meanwhile). */
export function onLiveResync(listener: () => void): () => void {
  state().emitter.on('resync', listener);
  return () => void state().emitter.off('resync', listener);
}
