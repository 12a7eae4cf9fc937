// The exact cache tags an article's public change touches: the article, its public slugs before and
// after (the old one now redirects), every list, and the tag and author pages it leaves or joins.
// Expired only after the write commits, or a reader could re-cache the old copy.
import 'server-only';
import { cacheTags } from '@/lib/cache/tags';

/** What readers could see of an article at one moment: null while it is not published. */
export type PublicFootprint = { slug: string; tagIds: readonly string[]; authorIds: readonly string[] } | null;

export function articleChangeTags(articleId: string, before: PublicFootprint, after: PublicFootprint): string[] {
  if (!before && !after) return [];
  const tags = new Set<string>([cacheTags.article(articleId), cacheTags.articleLists]);
  for (const side of [before, after]) {
    if (!side) continue;
    tags.add(cacheTags.articleSlug(side.slug));
    for (const id of side.tagIds) tags.add(cacheTags.tag(id));
    for (const id of side.authorIds) tags.add(cacheTags.author(id));
  }
  return [...tags];
}
