// The one channel between app instances: small typed messages ("live article X changed", "check access
// for Y", "these cache tags expired"), each `{ kind, from, ...body }`. On PostgreSQL it is a NOTIFY on
// `byline_instances`, heard by ONE listening connection per process (so a thousand readers or editors,
// and every kind of message, cost one connection); on embedded PGlite there is one process, so it is an
// in-process emitter. State is kept on globalThis: Next bundles route handlers, server actions and the
// server start separately, and each bundle would otherwise get its own emitter and connection.
import 'server-only';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';

export const INSTANCE_CHANNEL = 'byline_instances';
/** NOTIFY refuses payloads of 8,000 bytes or more; a kind whose messages can grow splits them below this. */
export const MAX_SIGNAL_PAYLOAD = 7000;

/** Whether a message was sent by this process or by another instance. */
export type SignalOrigin = 'here' | 'peer';

export type InstanceSignal<T> = {
  /** Announces after the write committed; fire-and-forget (listeners re-read what changed). */
  announce: (signal: T) => void;
  /** Every instance's signals of this kind, this one's included; returns the unsubscribe function. */
  subscribe: (listener: (signal: T, origin: SignalOrigin) => void) => () => void;
  /** Runs `listener` when the channel is back after a loss (signals may have been missed meanwhile). */
  onResync: (listener: () => void) => () => void;
  /** Resolves once this process hears other instances too (tests wait on it). */
  ready: () => Promise<void>;
  /** The NOTIFY payload `signal` travels as (`from` defaults to this process): kinds that split measure it. */
  payload: (signal: T, from?: string) => string;
};

type State = { id: string; emitter: EventEmitter; listening: Promise<void> | null };

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[Symbol.for('byline.instance-signal')] ??= { id: crypto.randomUUID(), emitter: new EventEmitter().setMaxListeners(0), listening: null });
}

const log = () => logger({ module: 'instance-signal' });

/** Hands one NOTIFY payload to the listeners of its kind; anything unreadable is not ours. */
function dispatch(s: State, payload: string | undefined) {
  let message: { kind?: unknown; from?: unknown };
  try {
    message = JSON.parse(payload ?? '') as typeof message;
  } catch {
    return;
  }
  if (typeof message?.kind !== 'string' || typeof message.from !== 'string') return;
  s.emitter.emit(`kind:${message.kind}`, message, message.from === s.id ? 'here' : 'peer');
}

async function listen(configured: string, s: State): Promise<void> {
  const { Client } = await import('pg');
  const url = await poolDatabaseUrl(configured);
  const connect = async (): Promise<void> => {
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === INSTANCE_CHANNEL) dispatch(s, message.payload);
    });
    client.on('error', (error) => {
      log().warn(errorFields(error), `${INSTANCE_CHANNEL} channel lost; reconnecting`);
      void client.end().catch(() => {});
      setTimeout(() => void connect().then(() => s.emitter.emit('resync')).catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${INSTANCE_CHANNEL}`);
  };
  await connect();
}

/** One kind of message on the channel; `parse` reads a received message (its `kind` and `from` included) or refuses it. */
export function instanceSignal<T extends object>(options: { kind: string; module: string; parse: (message: Record<string, unknown>) => T | null }): InstanceSignal<T> {
  const { kind, parse } = options;
  const event = `kind:${kind}`;
  const payload = (signal: T, from = state().id) => JSON.stringify({ ...signal, kind, from });
  return {
    payload,
    announce(signal) {
      const text = payload(signal);
      if (text.length > MAX_SIGNAL_PAYLOAD) {
        logger({ module: options.module }).error({ kind, bytes: text.length }, 'signal too large to announce');
        return;
      }
      if (!getConfig().databaseUrl) {
        dispatch(state(), text);
        return;
      }
      void getDb()
        .then((db) => db.execute(sql`select pg_notify(${INSTANCE_CHANNEL}, ${text})`))
        .catch((error) => logger({ module: options.module }).error(errorFields(error), `could not announce ${kind} on ${INSTANCE_CHANNEL}`));
    },
    subscribe(listener) {
      const s = state();
      const heard = (message: Record<string, unknown>, origin: SignalOrigin) => {
        const signal = parse(message);
        if (signal) listener(signal, origin);
      };
      s.emitter.on(event, heard);
      const url = getConfig().databaseUrl;
      if (url && !s.listening) {
        s.listening = listen(url, s).catch((error) => {
          s.listening = null;
          log().error(errorFields(error), `cannot listen on ${INSTANCE_CHANNEL}`);
        });
      }
      return () => void s.emitter.off(event, heard);
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
