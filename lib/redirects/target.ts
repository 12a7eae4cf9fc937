// What an old address points at, as the resolver returns it and the writers record it. Pure.
import type { Redirect } from '@/db/schema';

/** A thing an old address follows (its current address is its domain's to say), or a stored path. */
export type RedirectTarget =
  | { kind: 'article'; id: string }
  | { kind: 'tag'; id: string }
  | { kind: 'author'; id: string }
  | { kind: 'path'; path: string; status: 301 | 308 };

export type EntityTarget = Exclude<RedirectTarget, { kind: 'path' }>;

/** The row's one target (the table's check constraint makes exactly one column non-null). */
export function targetOf(row: Pick<Redirect, 'toPath' | 'articleId' | 'tagId' | 'userId' | 'status'>): RedirectTarget {
  if (row.articleId) return { kind: 'article', id: row.articleId };
  if (row.tagId) return { kind: 'tag', id: row.tagId };
  if (row.userId) return { kind: 'author', id: row.userId };
  return { kind: 'path', path: row.toPath ?? '/', status: row.status === 301 ? 301 : 308 };
}

/** The target as the row's columns (every one set, so an upsert clears the others). */
export function targetColumns(target: RedirectTarget) {
  return {
    toPath: target.kind === 'path' ? target.path : null,
    articleId: target.kind === 'article' ? target.id : null,
    tagId: target.kind === 'tag' ? target.id : null,
    userId: target.kind === 'author' ? target.id : null,
    status: target.kind === 'path' ? target.status : 308,
  };
}
