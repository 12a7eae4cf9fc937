// The one version check left on articles: a person acting on what their screen showed (restoring a
// revision, a workflow step that names the version it saw) is refused when the article has moved on
// since, so nobody restores over or publishes text they have not seen. Saves take no version: the live
// document merges concurrent edits, and each save is simply the next version.
import 'server-only';
import type { Actor } from '@/lib/permissions/can';
import type { Failure } from './editorial-types';
import type { WorkingCopy } from './working-copy';

/** Null when `seenVersion` is the locked copy's version, or none was named; otherwise the refusal. */
export function unseenChange(actor: Actor, copy: WorkingCopy, seenVersion: number | undefined): Failure | null {
  if (seenVersion === undefined || seenVersion === copy.article.version) return null;
  const by = copy.article.updatedById && copy.article.updatedById !== actor.id ? 'someone else' : 'you, in another window,';
  return {
    ok: false,
    code: 'conflict',
    error: `This article was changed by ${by} since you opened it (now version ${copy.article.version}). Reload to see it before you try again.`,
  };
}
