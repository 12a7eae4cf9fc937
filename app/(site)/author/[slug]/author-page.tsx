// An author's page (name, bio, photo, their articles), paginated like tags; who may see it is decided in
// lib/site/author-page.ts (only people with published articles).
import type { Metadata } from 'next';
import { getSiteSettings } from '@/lib/settings/public';
import { permanentRedirect } from 'next/navigation';
import { getMovedAuthorSlug, getPublicAuthorPage } from '@/lib/site/author-page';
import { authorPath } from '@/lib/core/routes';
import { authorMetadata } from '@/lib/seo/metadata';
import { authorPagePath } from '@/lib/core/routes';
import { ArticleList } from '@/components/site/article-list';
import { AuthorHeader } from '@/components/site/author-header';
import { Pagination } from '@/components/site/pagination';
import { pagedSlugRoute } from '../../paged-slug-route';
import { parseSlugParam } from '../../slug-param';
import { movedOrNotFound } from '../../moved-or-not-found';

async function load(rawSlug: string, page: number) {
  const slug = parseSlugParam(rawSlug);
  return slug ? getPublicAuthorPage({ slug, page }) : null;
}

async function authorPageMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const found = await load(rawSlug, page);
  return found ? authorMetadata(await getSiteSettings(), found.author, page) : {};
}

async function renderAuthorPage(slug: string, page: number) {
  const found = await load(slug, page);
  if (!found) {
    // An old slug of the author follows them (every page of the list); an imported site's author address
    // (/author/<login>) answers with its redirect.
    const parsed = parseSlugParam(slug);
    const moved = parsed ? await getMovedAuthorSlug(parsed) : null;
    if (moved) permanentRedirect(authorPagePath(moved, page));
    return movedOrNotFound(page === 1 ? authorPath(slug) : null);
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

export const authorRoute = pagedSlugRoute({ metadata: authorPageMetadata, render: renderAuthorPage, pagePath: authorPagePath });
