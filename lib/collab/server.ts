// The live-editing server of this process: one Hocuspocus instance (kept on globalThis, since Next
// bundles the server start, route handlers and actions separately) that authenticates each WebSocket
// with the staff session, loads and stores article documents (article-doc.ts), joins other instances
// through Redis when REDIS_URL is set, and drops connections whose access was taken away.
import 'server-only';
import { Hocuspocus, type Document, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import type { ActiveStaff } from '@/lib/auth/active-staff';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import type { Actor } from '@/lib/permissions/can';
import { articleAccess, sessionClaimsFromCookies, staffOf, type SessionClaims } from './access';
import { announceAccessChange, onAccessChange, onAccessResync, type AccessSignal } from '@/lib/core/access-signal';
import { loadArticleDoc, mergePendingChange, storeArticleDoc } from './article-doc';
import { refusedUpdate, updateOfMessage } from './content-guard';
import { articleIdOfDoc, collabDocName } from './doc-model';
import { encodeServerMessage } from './messages';

/** What a WebSocket connection carries after authentication. */
export type ConnectionContext = { claims: SessionClaims; staff: ActiveStaff; articleId: string; access: 'edit' | 'read' };
/** What a server-side direct connection carries (tests, the benchmark). */
export type DirectContext = { actor: Actor };

/** Closing code for "your access changed": the browser reconnects and is checked again. */
export const ACCESS_CHANGED = { code: 4205, reason: 'Access changed' };
/** Closing code for an update refused before it was applied (content the store refuses: content-guard.ts). */
export const UPDATE_REFUSED = { code: 4413, reason: 'Update refused' };

/** Store a document this long after typing stops, and at least this often while it goes on. */
export const STORE_DEBOUNCE_MS = 1000;
export const STORE_MAX_DEBOUNCE_MS = 5000;

export type CollabServer = {
  hocuspocus: Hocuspocus;
  lastEditor: Map<string, Actor>;
  /** Runs every pending store now (before the process stops). */
  flushAll: () => Promise<void>;
  stop: () => Promise<void>;
};
export type CollabServerOptions = { redisUrl?: string; redisPrefix: string };
const KEY = Symbol.for('byline.collab.server');
const holder = globalThis as unknown as Record<symbol, CollabServer | undefined>;

const log = () => logger({ module: 'collab' });

/** The running server of this process, or null (scripts, tests that did not start one). */
export function runningCollabServer(): CollabServer | null {
  return holder[KEY] ?? null;
}

function isConnectionContext(context: unknown): context is ConnectionContext {
  return Boolean(context && typeof context === 'object' && 'staff' in context && 'claims' in context);
}

function actorOf(context: unknown): Actor | null {
  if (isConnectionContext(context)) return context.staff;
  if (context && typeof context === 'object' && 'actor' in context) return (context as DirectContext).actor;
  return null;
}

/**
 * Hocuspocus's Redis extension drops a store when another instance holds the document's store lock
 * (its editors' last changes would then wait for their next keystroke); this one waits its turn.
 */
class QueuedStoreRedis extends RedisExtension {
  async onStoreDocument(payload: Parameters<RedisExtension['onStoreDocument']>[0]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await super.onStoreDocument(payload);
      } catch (error) {
        const locked = String((error as { cause?: unknown }).cause ?? '').includes('Could not acquire lock');
        if (!locked || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /**
   * A store that ended while stopping still releases its lock, and the lock library turns a release cut
   * off by a closed connection into an error nobody can catch. So: wait (briefly) for held locks, then
   * QUIT, which lets commands already sent finish, instead of dropping the connections under them.
   */
  async onDestroy(): Promise<void> {
    const self = this as unknown as { locks: Map<string, unknown>; pub: IORedis; sub: IORedis };
    for (let waited = 0; self.locks.size > 0 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.allSettled([self.pub.quit(), self.sub.quit()]);
  }
}

function redisExtension(url: string, prefix: string): Extension {
  return new QueuedStoreRedis({
    createClient: () => new IORedis(url, { maxRetriesPerRequest: null }),
    prefix: `${prefix}:collab`,
    // The lock only keeps two instances from storing the same document at once; it must not be held
    // longer than one store takes, or the other instance's store (and its clients' acks) waits on it.
    lockTimeout: 5000,
    disconnectDelay: 200,
  });
}

/** Starts this process's live-editing server (idempotent). */
export function startCollabServer(): CollabServer {
  const existing = holder[KEY];
  if (existing) return existing;
  const config = getConfig();
  const server = createCollabServer({ redisUrl: config.redisUrl, redisPrefix: config.redisPrefix });
  holder[KEY] = server;
  return server;
}

/**
 * A live-editing server (not registered as this process's: tests and the benchmark run two, as two
 * instances would, joined by Redis).
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const lastEditor = new Map<string, Actor>();
  const hocuspocus = new Hocuspocus({
    name: `byline-${process.pid}`,
    quiet: true,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    extensions: options.redisUrl ? [redisExtension(options.redisUrl, options.redisPrefix)] : [],

    async onAuthenticate({ request, documentName, connectionConfig }): Promise<ConnectionContext> {
      const articleId = articleIdOfDoc(documentName);
      const claims = articleId ? await sessionClaimsFromCookies(request.headers.cookie) : null;
      const staff = claims ? await staffOf(claims) : null;
      const access = articleId ? await articleAccess(staff, articleId) : null;
      if (!articleId || !claims || !staff || !access) throw new Error('Not allowed');
      // Hocuspocus refuses every update from a read-only connection (MessageReceiver), not just the UI.
      connectionConfig.readOnly = access === 'read';
      return { claims, staff, articleId, access };
    },

    // Checked before the update is applied (and relayed to the other editors): see content-guard.ts.
    async beforeHandleMessage({ connection, document, update }) {
      if (connection.readOnly) return; // Hocuspocus refuses its updates anyway.
      const change = updateOfMessage(update);
      const refusal = change ? refusedUpdate(document, change) : null;
      if (!refusal) return;
      connection.sendStateless(encodeServerMessage({ kind: 'not-saved', error: refusal.error, fieldErrors: refusal.fieldErrors }));
      throw Object.assign(new Error(refusal.error), UPDATE_REFUSED);
    },

    async onLoadDocument({ context, document, documentName }) {
      const articleId = articleIdOfDoc(documentName);
      const reader = actorOf(context);
      // A browser's connection was checked against this article in onAuthenticate, just before.
      const accessChecked = isConnectionContext(context) && context.articleId === articleId;
      if (!articleId || !reader || !(await loadArticleDoc(reader, articleId, document, { accessChecked }))) throw new Error('Not found');
      return document;
    },

    async onChange({ context, documentName }) {
      const actor = actorOf(context);
      if (actor && (!isConnectionContext(context) || context.access === 'edit')) lastEditor.set(documentName, actor);
    },

    async onStoreDocument({ document, documentName }) {
      const articleId = articleIdOfDoc(documentName);
      if (!articleId) return;
      const editor = lastEditor.get(documentName) ?? null;
      lastEditor.delete(documentName);
      try {
        const outcome = await storeArticleDoc(editor, articleId, document);
        document.broadcastStateless(encodeServerMessage(outcome.ok ? { kind: 'saved', version: outcome.version, article: outcome.article } : { kind: 'not-saved', error: outcome.error, fieldErrors: outcome.fieldErrors ?? {} }));
      } catch (error) {
        if (editor) lastEditor.set(documentName, editor);
        log().error({ ...errorFields(error), articleId }, 'could not store a live document');
        document.broadcastStateless(encodeServerMessage({ kind: 'not-saved', error: 'The server could not save; it will try again.', fieldErrors: {} }));
      }
    },
  });
  const recheck = (signal: AccessSignal | null) => {
    if (signal && 'fieldsChanged' in signal) {
      void mergeIfOpen({ hocuspocus, lastEditor }, signal.articleId).catch((error) => log().error({ ...errorFields(error), articleId: signal.articleId }, 'could not merge an outside change'));
      return;
    }
    void recheckAccess(hocuspocus, signal).catch((error) => log().error(errorFields(error), 'access re-check failed'));
  };
  const stopHearing = onAccessChange(recheck);
  // Announcements missed while the channel was down: check everyone once it is back.
  const stopResync = onAccessResync(() => recheck(null));
  const stopListening = () => {
    stopHearing();
    stopResync();
  };
  const flushAll = async () => {
    await Promise.all(
      [...hocuspocus.documents.values()].map(async (document) => {
        const id = `onStoreDocument-${document.name}`;
        if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
      }),
    );
  };
  const server: CollabServer = {
    hocuspocus,
    lastEditor,
    flushAll,
    stop: async () => {
      stopListening();
      hocuspocus.closeConnections();
      // Stores still waiting on their debounce run now: later, the Redis connections would be gone.
      await flushAll();
      await Promise.all([...hocuspocus.documents.values()].map((document) => hocuspocus.unloadDocument(document)));
      await Promise.all(hocuspocus.configuration.extensions.map((extension) => extension.onDestroy?.({ instance: hocuspocus })));
      if (holder[KEY] === server) delete holder[KEY];
    },
  };
  return server;
}

/** Closes each affected connection whose access is no longer what it connected with (every connection's when `signal` is null). */
async function recheckAccess(hocuspocus: Hocuspocus, signal: AccessSignal | null): Promise<void> {
  const documents: Document[] =
    signal && 'articleId' in signal ? [hocuspocus.documents.get(collabDocName(signal.articleId))].filter((d): d is Document => Boolean(d)) : [...hocuspocus.documents.values()];
  for (const document of documents) {
    for (const { connection } of document.connections.values()) {
      const context: unknown = connection.context;
      if (!isConnectionContext(context)) continue;
      if (signal && 'userId' in signal && context.staff.id !== signal.userId) continue;
      const access = await articleAccess(await staffOf(context.claims), context.articleId);
      if (access === context.access) continue;
      // The document-level close tells the client why; closing the socket itself makes the browser
      // reconnect and authenticate again (read-only now, or refused), whatever its client does.
      connection.close(ACCESS_CHANGED);
      connection.webSocket.close(ACCESS_CHANGED.code, ACCESS_CHANGED.reason);
    }
  }
}

/** Runs any pending store of the article's document now (before a workflow step acts on the article). */
export async function flushArticleDoc(articleId: string): Promise<void> {
  const server = runningCollabServer();
  const document = server?.hocuspocus.documents.get(collabDocName(articleId));
  if (!server || !document) return;
  const debounceId = `onStoreDocument-${document.name}`;
  if (server.hocuspocus.debouncer.isDebounced(debounceId)) await server.hocuspocus.debouncer.executeNow(debounceId);
}

/**
 * Writes the article's stored fields into its live document as one change every editor sees, after a
 * write that marked them pending (a restored revision): here when this instance has it open, otherwise
 * by the instance that has (it hears the announcement). When nobody has it open, the next load merges.
 */
export async function pushArticleIntoLiveDoc(actor: Actor, articleId: string): Promise<void> {
  const loaded = runningCollabServer()?.hocuspocus.documents.get(collabDocName(articleId));
  if (loaded) await mergePendingChange(actor, articleId, loaded);
  announceAccessChange({ articleId, fieldsChanged: true });
}

/** Merges a pending outside change into the document if this instance has it open (see pushArticleIntoLiveDoc). */
async function mergeIfOpen(server: Pick<CollabServer, 'hocuspocus' | 'lastEditor'>, articleId: string): Promise<void> {
  const name = collabDocName(articleId);
  const document = server.hocuspocus.documents.get(name);
  if (!document) return;
  // Read the article as someone who has it open (the merge writes what they may see).
  const reader = server.lastEditor.get(name) ?? [...document.connections.values()].map(({ connection }) => actorOf(connection.context)).find((a): a is Actor => Boolean(a));
  if (reader) await mergePendingChange(reader, articleId, document);
}
