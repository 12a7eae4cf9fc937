// The one resolver of old public addresses: every public route that has nothing to show at a path asks
// it what the path answers with. A stored path (an admin's redirect, an imported site's address) is
// answered here; an article, tag or author target is turned into its current address by the domain that
// owns it, whose own visibility rules decide whether it is public (lib/articles, lib/tags, lib/users).
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { redirects } from '@/db/schema';
import { cachedRead } from '@/lib/core/cached-read';
import { cacheTags } from '@/lib/cache/tags';
import { normalizeFromPath } from './path';
import { targetOf, type RedirectTarget } from './target';

export type { RedirectTarget } from './target';
export type MovedTo = { to: string; status: 301 | 308 } | null;

/** Longer paths are never stored (the admin form and the importer stop at 2,000 characters). */
const MAX_PATH = 2000;

/**
 * What `pathWithQuery` answers with, or null. Uncached: domain reads call it inside their own cached
 * reads, under the tags their writes expire. A stored path that leads back to itself answers nothing.
 */
export async function resolveOldAddress(pathWithQuery: string, q?: Db | Tx): Promise<RedirectTarget | null> {
  if (pathWithQuery.length > MAX_PATH) return null;
  const fromPath = normalizeFromPath(pathWithQuery);
  const db = q ?? (await getDb());
  const [row] = await db.select().from(redirects).where(eq(redirects.fromPath, fromPath)).limit(1);
  if (!row) return null;
  const target = targetOf(row);
  return target.kind === 'path' && normalizeFromPath(target.path) === fromPath ? null : target;
}

async function readMovedTo(fromPath: string): Promise<MovedTo> {
  const target = await resolveOldAddress(fromPath);
  return target?.kind === 'path' ? { to: target.path, status: target.status } : null;
}

/**
 * A stored path's answer, for routes whose own domain found nothing (an article, tag or author target
 * there was already followed, or is not public). Uncached, for the 404 path: it renders per request
 * anyway, and junk URLs must not fill the cache; the lookup is one primary-key read.
 */
export function findRedirect(pathWithQuery: string): Promise<MovedTo> {
  if (pathWithQuery.length > MAX_PATH) return Promise.resolve(null);
  return readMovedTo(normalizeFromPath(pathWithQuery));
}

const cachedMovedTo = cachedRead('redirect', readMovedTo, () => [cacheTags.redirects]);

/** Cached under the redirects tag, for pages that are themselves cached (tag, author, `/?p=ID`). */
export function findRedirectCached(pathWithQuery: string): Promise<MovedTo> {
  if (pathWithQuery.length > MAX_PATH) return Promise.resolve(null);
  return cachedMovedTo(normalizeFromPath(pathWithQuery));
}
