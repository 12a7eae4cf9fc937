// The server's own messages to the editors of a document (Hocuspocus stateless messages): whether the
// last store went through, so the editor can show "Saved" or the field that was refused.
import type { FieldErrors } from '@/lib/articles/fields';

import type { ArticleStatus } from '@/db/schema';

/** What the editors' workflow bar needs to know after a store (a store can follow a workflow step). */
export type StoredArticleState = { status: ArticleStatus; hasUnpublishedChanges: boolean };

export type ServerMessage =
  | { kind: 'saved'; version: number; article?: StoredArticleState }
  | { kind: 'not-saved'; error: string; fieldErrors: FieldErrors };

export function encodeServerMessage(message: ServerMessage): string {
  return JSON.stringify(message);
}

export function decodeServerMessage(payload: string): ServerMessage | null {
  try {
    const value = JSON.parse(payload) as Partial<ServerMessage>;
    if (value.kind === 'saved' && typeof value.version === 'number') return { kind: 'saved', version: value.version, article: value.article };
    if (value.kind === 'not-saved' && typeof value.error === 'string') return { kind: 'not-saved', error: value.error, fieldErrors: value.fieldErrors ?? {} };
  } catch {
    // Not ours.
  }
  return null;
}
