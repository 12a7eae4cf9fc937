// Fans live changes out to the readers connected to THIS instance: one subscription to the change
// signal for the whole process, one database read per change per article (not per reader), and the
// same serialized SSE event written to every reader of that article. Lives on globalThis, since
// route handlers and server actions are separate bundles in one process.
import 'server-only';
import { errorFields, logger } from '@/lib/core/log';
import { readLiveChanges } from './read';
import { onLiveChange, onLiveResync, type LiveSignal } from './signal';
import type { LiveUpdate } from './types';

/** A comment line every so often keeps proxies (and Varnish's idle timeouts) from closing quiet streams. */
const HEARTBEAT_MS = 15_000;

type Reader = (chunk: string) => void;
type Room = { readers: Set<Reader>; last: number; reading: Promise<void> | null; again: boolean };
type Hub = { rooms: Map<string, Room>; stop: (() => void) | null; heartbeat: NodeJS.Timeout | null };

function hub(): Hub {
  const key = Symbol.for('byline.live.hub');
  const holder = globalThis as unknown as Record<symbol, Hub | undefined>;
  holder[key] ??= { rooms: new Map(), stop: null, heartbeat: null };
  return holder[key];
}

/** An SSE event: the id is the newest change number, so a reconnecting browser sends it back as Last-Event-ID. */
export function sseEvent(update: LiveUpdate): string {
  return `id: ${update.state.change}\nevent: update\ndata: ${JSON.stringify(update)}\n\n`;
}

function start(h: Hub) {
  if (h.stop) return;
  const offChange = onLiveChange((signal) => onSignal(h, signal));
  // After the channel was lost, changes may have been missed: re-read every room.
  const offResync = onLiveResync(() => {
    for (const articleId of h.rooms.keys()) onSignal(h, { articleId, change: Number.MAX_SAFE_INTEGER });
  });
  h.heartbeat = setInterval(() => {
    for (const room of h.rooms.values()) for (const reader of room.readers) reader(': ping\n\n');
  }, HEARTBEAT_MS);
  h.heartbeat.unref();
  h.stop = () => {
    offChange();
    offResync();
    if (h.heartbeat) clearInterval(h.heartbeat);
    h.heartbeat = null;
    h.stop = null;
  };
}

function onSignal(h: Hub, signal: LiveSignal) {
  const room = h.rooms.get(signal.articleId);
  if (!room || signal.change <= room.last) return;
  if (room.reading) {
    room.again = true;
    return;
  }
  room.reading = (async () => {
    do {
      room.again = false;
      const update = await readLiveChanges(signal.articleId, room.last);
      if (!update) break;
      if (update.changes.length || update.state.change > room.last) {
        const chunk = sseEvent(update);
        for (const reader of room.readers) reader(chunk);
        room.last = update.state.change;
      }
      if (!update.complete) room.again = true;
    } while (room.again);
  })()
    .catch((error) => logger({ module: 'live' }).error(errorFields(error), 'could not send live changes'))
    .finally(() => {
      room.reading = null;
    });
}

/**
 * Adds a reader of one article, who has seen changes up to `since`. Returns the function that removes
 * it (the last reader out closes the room; the last room out drops the subscription).
 */
export function joinLiveRoom(articleId: string, since: number, reader: Reader): () => void {
  const h = hub();
  start(h);
  let room = h.rooms.get(articleId);
  if (!room) {
    room = { readers: new Set(), last: since, reading: null, again: false };
    h.rooms.set(articleId, room);
  }
  room.readers.add(reader);
  return () => {
    room.readers.delete(reader);
    if (room.readers.size === 0 && h.rooms.get(articleId) === room) h.rooms.delete(articleId);
    if (h.rooms.size === 0) h.stop?.();
  };
}

/** Readers connected to this instance (for the benchmark and health). */
export function liveReaderCount(): number {
  let n = 0;
  for (const room of hub().rooms.values()) n += room.readers.size;
  return n;
}
