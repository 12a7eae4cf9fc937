// The change signal that tells every app instance "live article X has changes up to number N"
// (lib/core/instance-signal.ts: one LISTEN connection per instance on PostgreSQL, in-process on PGlite).
// The payload is tiny on purpose: listeners read the changes from the database.
import 'server-only';
import { instanceSignal } from '@/lib/core/instance-signal';

export const LIVE_CHANNEL = 'byline_live';
export type LiveSignal = { articleId: string; change: number };

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

const signal = instanceSignal({ channel: LIVE_CHANNEL, module: 'live', parse: parseSignal });

/** Announces a committed change. Fire-and-forget: a lost signal only delays readers until their next catch-up. */
export const announceLiveChange = signal.announce;
/** Subscribes to every instance's changes (this one's included); returns the unsubscribe function. */
export const onLiveChange = signal.subscribe;
/** Runs `listener` when the channel came back after a loss (changes may have been missed meanwhile). */
export const onLiveResync = signal.onResync;
