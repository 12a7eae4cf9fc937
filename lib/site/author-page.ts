// Who may see an author's public pages (list, Open Graph image): only someone with at least one
// published article, so staff who never wrote (and their names) stay private.
import 'server-only';
import { getArticlesByAuthor } from '@/lib/articles/public';
import type { ArticleCard, AuthorProfile, Paged } from '@/lib/core/public-types';
import { getAuthorProfileBySlug, getAuthorSlugMovedFrom } from '@/lib/users/public';

export type PublicAuthorPage = { author: AuthorProfile; list: Paged<ArticleCard> };

/** Page `page` of an author's stories; null when unknown or the page holds no published story. */
export async function getPublicAuthorPage({ slug, page }: { slug: string; page: number }): Promise<PublicAuthorPage | null> {
  const author = await getAuthorProfileBySlug(slug);
  if (!author) return null;
  const list = await getArticlesByAuthor({ authorId: author.id, page });
  if (list.items.length === 0) return null;
  return { author, list };
}

/** The author when they have a public page, else null. */
export async function getPublicAuthor(slug: string): Promise<AuthorProfile | null> {
  const author = await getAuthorProfileBySlug(slug);
  if (!author) return null;
  return (await getArticlesByAuthor({ authorId: author.id, pageSize: 1 })).total === 0 ? null : author;
}

/** Where an old slug of an author leads: their current slug, only while they have a public page (else their new name stays private). */
export async function getMovedAuthorSlug(slug: string): Promise<string | null> {
  const current = await getAuthorSlugMovedFrom(slug);
  return current && (await getPublicAuthor(current)) ? current : null;
}
