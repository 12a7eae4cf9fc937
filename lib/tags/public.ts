// Public reads of tags: names for cards, a tag page's header by slug (old slugs resolve to a redirect),
// (the busiest tags, which count articles, are a read model of lib/site/busy-tags.ts).
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tags } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { resolveOldAddress } from '@/lib/redirects/public';
import { tagPath } from '@/lib/core/routes';
import { cachedRefsByIds, orderedRefs } from '@/lib/core/refs-by-id';
import type { TagProfile, TagRef } from '@/lib/core/public-types';

/** Tag names and slugs by id, for cards. */
export const getTagRefsByIds = cachedRefsByIds<TagRef>(
  'tag-refs',
  async (ids) => (await getDb()).select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(inArray(tags.id, ids)),
  cacheTags.tag,
);

/** Tags in the article's order, skipping deleted ones. */
export function orderedTags(ids: readonly string[], refs: Record<string, TagRef>): TagRef[] {
  return orderedRefs(ids, refs);
}

export type TagSlugLookup = { kind: 'tag'; tag: TagProfile } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

const cachedTagBySlug = cachedRead(
  'tag-by-slug',
  async (slug: string): Promise<TagSlugLookup> => {
    const db = await getDb();
    const [tag] = await db
      .select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description })
      .from(tags)
      .where(eq(tags.slug, slug))
      .limit(1);
    if (tag) return { kind: 'tag', tag };
    const old = await resolveOldAddress(tagPath(slug), db);
    if (old?.kind !== 'tag') return { kind: 'missing' };
    const [moved] = await db.select({ slug: tags.slug }).from(tags).where(eq(tags.id, old.id)).limit(1);
    return moved ? { kind: 'redirect', slug: moved.slug } : { kind: 'missing' };
  },
  // tagList too: a rename elsewhere may point this old slug at a new page.
  (slug) => [cacheTags.tagSlug(slug), cacheTags.tagList],
);

export function getTagBySlug(slug: string): Promise<TagSlugLookup> {
  if (slug.length === 0 || slug.length > 200) return Promise.resolve({ kind: 'missing' });
  return cachedTagBySlug(slug);
}

/** How many of the latest articles decide which tags are busy. */
