// Resolves an old public address (an imported WordPress URL or an admin's redirect) to its Byline page.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { redirects } from '@/db/schema';
import { cachedRead } from '@/lib/core/cached-read';
import { cacheTags } from '@/lib/cache/tags';
import { normalizeFromPath } from '@/lib/import/wordpress/old-urls';

export type RedirectTarget = { to: string; status: 301 | 308 } | null;

async function readRedirect(fromPath: string): Promise<RedirectTarget> {
  const db = await getDb();
  const [row] = await db.select({ to: redirects.toPath, status: redirects.status }).from(redirects).where(eq(redirects.fromPath, fromPath)).limit(1);
  return row ? { to: row.to, status: row.status === 301 ? 301 : 308 } : null;
}

/** Uncached, for the 404 path: it renders per request anyway, and junk URLs must not fill the cache. */
export function findRedirect(pathWithQuery: string): Promise<RedirectTarget> {
  if (pathWithQuery.length > 2000) return Promise.resolve(null);
  return readRedirect(normalizeFromPath(pathWithQuery));
}

const cachedRedirect = cachedRead('redirect', readRedirect, () => [cacheTags.redirects]);

/** Cached under the redirects tag, for pages that are themselves cached (tag, author, `/?p=ID`). */
export function findRedirectCached(pathWithQuery: string): Promise<RedirectTarget> {
  if (pathWithQuery.length > 2000) return Promise.resolve(null);
  return cachedRedirect(normalizeFromPath(pathWithQuery));
}
