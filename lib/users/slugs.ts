// Who holds an author slug, and the first free one: someone's current slug, or an old address of another
// author's page (taking it would steal the links that still lead to them). Staff creation, the profile
// form, the importer's people and the first-admin bootstrap all ask here.
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { users } from '@/db/schema';
import { findFreeSlug } from '@/lib/core/slug';
import { authorPath } from '@/lib/core/routes';
import { heldByAnother } from '@/lib/redirects/record';

export type AuthorSlugHolder = 'user' | 'redirect' | null;

/** Who other than `selfId` (null: a new account) holds `slug`. */
export async function authorSlugHolder(q: Db | Tx, slug: string, selfId: string | null): Promise<AuthorSlugHolder> {
  const [user] = await q
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.slug, slug), selfId ? ne(users.id, selfId) : undefined))
    .limit(1);
  if (user) return 'user';
  return (await heldByAnother(q, [authorPath(slug)], { kind: 'author', id: selfId })) ? 'redirect' : null;
}

/** `base` when nobody holds it, else base-2, base-3…: for accounts whose slug nobody typed. */
export function freeAuthorSlug(q: Db | Tx, base: string): Promise<string> {
  return findFreeSlug(base, async (slug) => (await authorSlugHolder(q, slug, null)) !== null);
}
