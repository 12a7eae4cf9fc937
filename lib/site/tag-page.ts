// Who may see a tag's public pages (list, Open Graph image): only a tag with at least one published
// article has them, so a tag used only by unpublished work stays private. Old slugs redirect.
import 'server-only';
import { getArticlesByTag } from '@/lib/articles/public';
import type { ArticleCard, Paged, TagProfile } from '@/lib/core/public-types';
import { getTagBySlug } from '@/lib/tags/public';

export type PublicTagPage = { kind: 'tag'; tag: TagProfile; list: Paged<ArticleCard> } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/** Page `page` of a tag's stories; `missing` when the tag is unknown or the page holds no published story. */
export async function getPublicTagPage({ slug, page }: { slug: string; page: number }): Promise<PublicTagPage> {
  const lookup = await getTagBySlug(slug);
  if (lookup.kind !== 'tag') return lookup;
  const list = await getArticlesByTag({ tagId: lookup.tag.id, page });
  if (list.items.length === 0) return { kind: 'missing' };
  return { kind: 'tag', tag: lookup.tag, list };
}

/** The tag under its current slug when it has a public page, else null. */
export async function getPublicTag(slug: string): Promise<TagProfile | null> {
  const lookup = await getTagBySlug(slug);
  if (lookup.kind !== 'tag') return null;
  return (await getArticlesByTag({ tagId: lookup.tag.id, pageSize: 1 })).total === 0 ? null : lookup.tag;
}
