// The change signal that tells every app instance "live article X has changes up to number N"
// (kind `live` on the one instance channel, lib/core/instance-signal.ts: one LISTEN connection per
// instance on PostgreSQL, in-process on PGlite). Tiny on purpose: listeners read the changes from the database.
import 'server-only';
import { instanceSignal } from '@/lib/core/instance-signal';

export type LiveSignal = { articleId: string; change: number };

export function parseSignal(value: Record<string, unknown>): LiveSignal | null {
  if (typeof value.articleId === 'string' && typeof value.change === 'number' && Number.isSafeInteger(value.change)) {
    return { articleId: value.articleId, change: value.change };
  }
  return null;
}

const signal = instanceSignal({ kind: 'live', module: 'live', parse: parseSignal });

/** Announces a committed change. Fire-and-forget: a lost signal only delays readers until their next catch-up. */
export const announceLiveChange = signal.announce;
/** Subscribes to every instance's changes (this one's included); returns the unsubscribe function. */
export const onLiveChange = (listener: (signal: LiveSignal) => void) => signal.subscribe((change) => listener(change));
/** Runs `listener` when the channel came back after a loss (changes may have been missed meanwhile). */
export const onLiveResync = signal.onResync;
