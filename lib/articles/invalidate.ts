// The exact cache tags an article's public change touches: the article, its public slugs before and
// after (the old one now redirects), every list, the tag and author pages it leaves or joins, and every
// article page when its related-stories entry changes; for a standalone page, its slugs and the page list.
// Expired only after the write commits, or a reader could re-cache the old copy.
import 'server-only';
import type { ArticleKind } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';

/** What readers could see of an article at one moment: null while it is not published. `kind` defaults to 'article'. */
export type PublicFootprint = {
  slug: string;
  tagIds: readonly string[];
  authorIds: readonly string[];
  kind?: ArticleKind;
  /** What a related-stories entry shows besides the above; absent where the caller does not know it. */
  headline?: string;
  publishedAt?: Date | string;
} | null;

/** Whether an article's entry in other articles' related lists changed (or left them): it purges every article page. */
function relatedEntryChanged(before: PublicFootprint, after: PublicFootprint): boolean {
  if (!before) return false; // A first publish: article pages pick it up within their edge lifetime.
  if (!after) return true;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  const time = (d: Date | string | undefined) => (d === undefined ? undefined : new Date(d).getTime());
  return (
    before.slug !== after.slug ||
    before.headline === undefined ||
    before.headline !== after.headline ||
    time(before.publishedAt) !== time(after.publishedAt) ||
    !same(before.tagIds, after.tagIds) ||
    !same(before.authorIds, after.authorIds)
  );
}

export function articleChangeTags(articleId: string, before: PublicFootprint, after: PublicFootprint): string[] {
  if (!before && !after) return [];
  // A standalone page sits in no news list: its own page, its slugs, and the page list (footer, sitemap).
  if ((before ?? after)?.kind === 'page') {
    return [...new Set([cacheTags.article(articleId), cacheTags.pageList, ...[before, after].flatMap((side) => (side ? [cacheTags.pageSlug(side.slug)] : []))])];
  }
  const tags = new Set<string>([cacheTags.article(articleId), cacheTags.articleLists]);
  if (relatedEntryChanged(before, after)) tags.add(cacheTags.articlePages);
  for (const side of [before, after]) {
    if (!side) continue;
    tags.add(cacheTags.articleSlug(side.slug));
    for (const id of side.tagIds) tags.add(cacheTags.tag(id));
    for (const id of side.authorIds) tags.add(cacheTags.author(id));
  }
  return [...tags];
}
