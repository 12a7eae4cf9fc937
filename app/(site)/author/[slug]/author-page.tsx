// An author's page (name, bio, photo, their articles), paginated like tags. Only people with published
// articles have a public page, so staff who never wrote stay private.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getArticlesByAuthor } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { getAuthorProfileBySlug } from '@/lib/users/public';
import { findRedirectCached } from '@/lib/redirects/public';
import { authorPath } from '@/lib/routes';
import { authorMetadata } from '@/lib/seo/metadata';
import { authorPagePath } from '@/lib/seo/urls';
import { ArticleList } from '@/components/site/ArticleList';
import { AuthorHeader } from '@/components/site/AuthorHeader';
import { Pagination } from '@/components/site/Pagination';
import { parseSlugParam } from '../../slug-param';

async function load(rawSlug: string, page: number) {
  const slug = parseSlugParam(rawSlug);
  if (!slug) return null;
  const author = await getAuthorProfileBySlug(slug);
  if (!author) return null;
  const list = await getArticlesByAuthor({ authorId: author.id, page });
  if (list.items.length === 0) return null;
  return { author, list };
}

export async function authorPageMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const found = await load(rawSlug, page);
  return found ? authorMetadata(await getSiteSettings(), found.author, page) : {};
}

export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const found = await load(slug, page);
  if (!found) {
    // An imported site's author address (/author/<login>) answers with its redirect.
    const moved = page === 1 ? await findRedirectCached(authorPath(slug)) : null;
    if (moved) permanentRedirect(moved.to);
    notFound();
  }
  const { author, list } = found;
  return (
    <div className="list-page">
      <AuthorHeader author={author} total={list.total} capped={list.totalCapped} page={page} />
      <h2 className="section-title">Stories by {author.name}</h2>
      <ArticleList articles={list.items} level={3} />
      <Pagination page={page} pageCount={list.pageCount} open={list.totalCapped} hrefFor={(p) => authorPagePath(author.slug, p)} label={`Pages of stories by ${author.name}`} />
    </div>
  );
}
