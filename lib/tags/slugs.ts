// Who holds a tag slug, and the first free one: another tag's current slug, or an old address of another
// tag (taking it would steal the links that still lead there). The dashboard and the importer ask here.
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { tags } from '@/db/schema';
import { findFreeSlug } from '@/lib/core/slug';
import { tagPath } from '@/lib/core/routes';
import { heldByAnother } from '@/lib/redirects/record';

export type TagSlugHolder = 'tag' | 'redirect' | null;

/** Who other than `selfId` (null: a new tag) holds `slug`. */
export async function tagSlugHolder(q: Db | Tx, slug: string, selfId: string | null): Promise<TagSlugHolder> {
  const [tag] = await q
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.slug, slug), selfId ? ne(tags.id, selfId) : undefined))
    .limit(1);
  if (tag) return 'tag';
  return (await heldByAnother(q, [tagPath(slug)], { kind: 'tag', id: selfId })) ? 'redirect' : null;
}

/** `base` when no tag holds it, else the first free `variant(2)`, `variant(3)`… (default base-2…). */
export function freeTagSlug(q: Db | Tx, base: string, variant?: (n: number) => string): Promise<string> {
  return findFreeSlug(base, async (slug) => (await tagSlugHolder(q, slug, null)) !== null, variant);
}
