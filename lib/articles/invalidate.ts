// The exact cache tags an article's public change touches: the article, its public slugs before and
// after (the old one now redirects), every list, and the tag and author pages it leaves or joins; for
// a standalone page, its slugs and the page list.
// Expired only after the write commits, or a reader could re-cache the old copy.
import 'server-only';
import type { ArticleKind } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';

/** What readers could see of an article at one moment: null while it is not published. `kind` defaults to 'article'. */
export type PublicFootprint = { slug: string; tagIds: readonly string[]; authorIds: readonly string[]; kind?: ArticleKind } | null;

export function articleChangeTags(articleId: string, before: PublicFootprint, after: PublicFootprint): string[] {
  if (!before && !after) return [];
  // A standalone page sits in no news list: its own page, its slugs, and the page list (footer, sitemap).
  if ((before ?? after)?.kind === 'page') {
    return [...new Set([cacheTags.article(articleId), cacheTags.pageList, ...[before, after].flatMap((side) => (side ? [cacheTags.pageSlug(side.slug)] : []))])];
  }
  const tags = new Set<string>([cacheTags.article(articleId), cacheTags.articleLists]);
  for (const side of [before, after]) {
    if (!side) continue;
    tags.add(cacheTags.articleSlug(side.slug));
    for (const id of side.tagIds) tags.add(cacheTags.tag(id));
    for (const id of side.authorIds) tags.add(cacheTags.author(id));
  }
  return [...tags];
}
