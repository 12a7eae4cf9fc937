// Hands WebSocket upgrade requests for COLLAB_PATH to this process's live-editing server, on the same
// port as the app (lib/runtime/request-hook.ts calls it before Next sees the upgrade). Others go on to Next.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { getConfig } from '@/lib/config/env';
import { COLLAB_PATH } from './doc-model';
import { runningCollabServer, type CollabServer } from './server';

const KEY = Symbol.for('byline.collab.wss');
const holder = globalThis as unknown as Record<symbol, WebSocketServer | undefined>;

/** The browser's Origin must be this site's: a page elsewhere must not open a socket with our cookies. */
export function isSameOrigin(request: http.IncomingMessage, siteUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // Not a browser (browsers always send Origin on WebSockets).
  if (origin === new URL(siteUrl).origin) return true;
  const host = request.headers.host;
  return Boolean(host) && (origin === `http://${host}` || origin === `https://${host}`);
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Closes every live-editing socket of this process (its browsers reconnect, to the next process). */
export function closeCollabSockets(code: number, reason: string): void {
  for (const socket of holder[KEY]?.clients ?? []) socket.close(code, reason);
}

/** True when the upgrade was ours (answered or handed on to Hocuspocus). */
export function handleCollabUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer, server: CollabServer | null = runningCollabServer()): boolean {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== COLLAB_PATH) return false;
  if (!server) {
    refuse(socket, '503 Service Unavailable');
    return true;
  }
  if (!isSameOrigin(request, getConfig().siteUrl)) {
    refuse(socket, '403 Forbidden');
    return true;
  }
  const wss = (holder[KEY] ??= new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 }));
  wss.handleUpgrade(request, socket, head, (ws) => server.hocuspocus.handleConnection(ws, request));
  return true;
}
