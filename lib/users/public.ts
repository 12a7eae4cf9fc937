// Public reads of staff as authors: bylines and author pages. Only name, slug, bio and avatar ever
// leave this module (never email, role, password hash or account state).
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { cachedRefsByIds, orderedRefs } from '@/lib/core/refs-by-id';
import type { AuthorProfile, AuthorRef } from '@/lib/core/public-types';
import { getPublicMedia } from '@/lib/media/public';
import { resolveOldAddress } from '@/lib/redirects/public';
import { authorPath } from '@/lib/core/routes';

/** Bylines by user id (one cache entry per set of ids, expired by any of those authors' tags). */
export const getAuthorRefsByIds = cachedRefsByIds<AuthorRef>(
  'author-refs',
  async (ids) => (await getDb()).select({ id: users.id, name: users.name, slug: users.slug }).from(users).where(inArray(users.id, ids)),
  cacheTags.author,
);

/** Orders bylines as the article lists them, skipping accounts that no longer exist. */
export function orderedAuthors(ids: readonly string[], refs: Record<string, AuthorRef>): AuthorRef[] {
  return orderedRefs(ids, refs);
}

const cachedAuthorIdBySlug = cachedRead(
  'author-id-by-slug',
  async (slug: string): Promise<string | null> => {
    const db = await getDb();
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).limit(1);
    if (row) return row.id;
    // An old slug: the profile read below says where the author is now.
    const moved = await resolveOldAddress(authorPath(slug), db);
    return moved?.kind === 'author' ? moved.id : null;
  },
  (slug) => [cacheTags.authorSlug(slug)],
);

const cachedAuthorProfile = cachedRead(
  'author-profile',
  async (id: string): Promise<(AuthorRef & { bio: string; avatarId: string | null }) | null> => {
    const db = await getDb();
    const [row] = await db
      .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, avatarId: users.avatarId })
      .from(users)
      .where(eq(users.id, id))
      .limit(1);
    return row ?? null;
  },
  (id) => [cacheTags.author(id)],
);

/**
 * An author page's header by slug. Whether the page exists at all is decided by the caller: only
 * people with published articles get a public page (so staff who never wrote stay private).
 */
export async function getAuthorProfileBySlug(slug: string): Promise<AuthorProfile | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  const id = await cachedAuthorIdBySlug(slug);
  if (!id) return null;
  const row = await cachedAuthorProfile(id);
  if (!row || row.slug !== slug) return null;
  const { avatarId, ...rest } = row;
  return { ...rest, avatar: await getPublicMedia(avatarId) };
}

/** An author's slug now, when `slug` is an old one of theirs; whether their page is public is the caller's to decide. */
export async function getAuthorSlugMovedFrom(slug: string): Promise<string | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  const id = await cachedAuthorIdBySlug(slug);
  const row = id ? await cachedAuthorProfile(id) : null;
  return row && row.slug !== slug ? row.slug : null;
}
