// A small message every app instance hears ("article X changed", "check access for Y"). On PostgreSQL
// it is a NOTIFY on one channel, heard by ONE listening connection per process (so a thousand readers
// or editors cost one connection, not a thousand); on embedded PGlite there is one process, so it is an
// in-process emitter. State is kept on globalThis: Next bundles route handlers, server actions and the
// server start separately, and each bundle would otherwise get its own emitter in the same process.
import 'server-only';
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';

export type InstanceSignal<T> = {
  /** Announces after the write committed; fire-and-forget (listeners re-read what changed). */
  announce: (signal: T) => void;
  /** Every instance's signals, this one's included; returns the unsubscribe function. */
  subscribe: (listener: (signal: T) => void) => () => void;
  /** Runs `listener` when the channel is back after a loss (signals may have been missed meanwhile). */
  onResync: (listener: () => void) => () => void;
  /** Resolves once this process hears other instances too (tests wait on it). */
  ready: () => Promise<void>;
};

type State = { emitter: EventEmitter; listening: Promise<void> | null };

export function instanceSignal<T>(options: { channel: string; module: string; parse: (payload: string | undefined) => T | null }): InstanceSignal<T> {
  const { channel, parse } = options;
  const log = () => logger({ module: options.module });
  const state = (): State => {
    const holder = globalThis as unknown as Record<symbol, State | undefined>;
    return (holder[Symbol.for(`byline.signal.${channel}`)] ??= { emitter: new EventEmitter().setMaxListeners(0), listening: null });
  };

  async function listen(configured: string, s: State): Promise<void> {
    const { Client } = await import('pg');
    const url = await poolDatabaseUrl(configured);
    const connect = async (): Promise<void> => {
      const client = new Client({ connectionString: url });
      client.on('notification', (message) => {
        const signal = message.channel === channel ? parse(message.payload) : null;
        if (signal) s.emitter.emit('signal', signal);
      });
      client.on('error', (error) => {
        log().warn(errorFields(error), `${channel} channel lost; reconnecting`);
        void client.end().catch(() => {});
        setTimeout(() => void connect().then(() => s.emitter.emit('resync')).catch(() => {}), 1000).unref();
      });
      await client.connect();
      await client.query(`listen ${channel}`);
    };
    await connect();
  }

  return {
    announce(signal) {
      if (!getConfig().databaseUrl) {
        state().emitter.emit('signal', signal);
        return;
      }
      void getDb()
        .then((db) => db.execute(sql`select pg_notify(${channel}, ${JSON.stringify(signal)})`))
        .catch((error) => log().error(errorFields(error), `could not announce on ${channel}`));
    },
    subscribe(listener) {
      const s = state();
      s.emitter.on('signal', listener);
      const url = getConfig().databaseUrl;
      if (url && !s.listening) {
        s.listening = listen(url, s).catch((error) => {
          s.listening = null;
          log().error(errorFields(error), `cannot listen on ${channel}`);
        });
      }
      return () => void s.emitter.off('signal', listener);
    },
    onResync(listener) {
      state().emitter.on('resync', listener);
      return () => void state().emitter.off('resync', listener);
    },
    ready: () => state().listening ?? Promise.resolve(),
  };
}

/**
 * The database the app's pool really uses (a test file's own database, not just DATABASE_URL's):
 * NOTIFY and LISTEN only meet within one database.
 */
async function poolDatabaseUrl(fallback: string): Promise<string> {
  const db = (await getDb()) as unknown as { $client?: { options?: { connectionString?: string } } };
  return db.$client?.options?.connectionString ?? fallback;
}
