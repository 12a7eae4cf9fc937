// Test helpers for live editing: an HTTP server that hands upgrades to the collab server, Auth.js
// session cookies for signed-in staff, and Hocuspocus clients that connect with them (as browsers do).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { getConfig } from '@/lib/config/env';
import { COLLAB_PATH, collabDocName } from './doc-model';
import { startCollabServer, type CollabServer } from './server';
import { handleCollabUpgrade } from './upgrade';

export const SESSION_COOKIE = 'authjs.session-token';

/** The cookie a browser signed in as `user` (with session `sessionId`) would send. */
export async function sessionCookie(user: { id: string; sessionId: string }, sessionVersion = 1): Promise<string> {
  const token = await encode({ token: { sub: user.id, sv: sessionVersion, sid: user.sessionId }, secret: getConfig().authSecret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

/** Starts the collab server (this process's, unless one is given) and an HTTP server in front of it on a free port. */
export async function startTestServer(collab: CollabServer = startCollabServer()): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on('upgrade', (request, socket, head) => {
    if (!handleCollabUpgrade(request, socket, head, collab)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    close: async () => {
      await collab.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TestClient = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves true once synced, false when authentication was refused. */
  ready: Promise<boolean>;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  destroy: () => void;
};

/** A client for one article's document, sending `cookie` on the upgrade as a browser would. */
export function connectClient(url: string, articleId: string, cookie: string | null): TestClient {
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CookieSocket, maxAttempts: 1, onClose: ({ event }) => closedWith(event.code) });
  // After any close the provider schedules its own reconnect, even past destroy(); once the test
  // server is gone that attempt rejects with nobody to catch it. A destroyed test client stays down.
  let destroyed = false;
  const reconnect = socket.connect.bind(socket);
  socket.connect = () => (destroyed ? Promise.resolve() : reconnect());
  const doc = new Y.Doc();
  let settle: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: collabDocName(articleId),
    document: doc,
    token: 'session-cookie',
    onSynced: () => settle(true),
    onAuthenticationFailed: () => settle(false),
  });
  provider.attach();
  return {
    provider,
    doc,
    ready,
    closed,
    destroy: () => {
      destroyed = true;
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
