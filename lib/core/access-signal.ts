// "Check again who may be in these documents": sent after a write that can take access away (role
// change, disabled account, ended session, trash, a workflow step, bylines), heard by the live-editing
// server of every instance (lib/collab/server.ts, through ./instance-signal.ts), which re-checks the
// affected connections and closes or downgrades them. Also "this article's fields changed outside its
// live document" (a restored revision): whichever instance has the document open writes them into it.
// Kind `access` on the one instance channel. It lives in lib/core because the writers that send it
// (sessions, users, articles) sit below collab.
import 'server-only';
import { instanceSignal } from './instance-signal';

export type AccessSignal = { userId: string } | { articleId: string } | { articleId: string; fieldsChanged: true };

export function parseAccessSignal(value: Record<string, unknown>): AccessSignal | null {
  if (typeof value.userId === 'string') return { userId: value.userId };
  if (typeof value.articleId === 'string') return value.fieldsChanged === true ? { articleId: value.articleId, fieldsChanged: true } : { articleId: value.articleId };
  return null;
}

const signal = instanceSignal({ kind: 'access', module: 'collab', parse: parseAccessSignal });

/** Announces, after the write committed, that access may have changed. Fire-and-forget. */
export const announceAccessChange = signal.announce;
/** Subscribes to every instance's announcements (this one's included); returns the unsubscribe function. */
export const onAccessChange = (listener: (signal: AccessSignal) => void) => signal.subscribe((change) => listener(change));
/** Runs `listener` when the channel is back after a loss: announcements may have been missed meanwhile. */
export const onAccessResync = signal.onResync;
/** Resolves once this process hears announcements from other instances too (tests wait on it). */
export const accessSignalReady = signal.ready;
