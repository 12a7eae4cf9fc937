// A tag's page (page 1 at /tag/<slug>, then /tag/<slug>/page/<n>): shared by both routes. Old tag slugs
// redirect permanently; who may see it is decided in lib/site/tag-page.ts.
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getSiteSettings } from '@/lib/settings/public';
import { getPublicTagPage } from '@/lib/site/tag-page';
import { tagMetadata } from '@/lib/seo/metadata';
import { tagPagePath } from '@/lib/core/routes';
import { tagFeedPath, tagPath } from '@/lib/core/routes';
import { ArticleList } from '@/components/site/article-list';
import { Pagination } from '@/components/site/pagination';
import { pagedSlugRoute } from '../../paged-slug-route';
import { parseSlugParam } from '../../slug-param';
import { movedOrNotFound } from '../../moved-or-not-found';

async function load(rawSlug: string, page: number) {
  const slug = parseSlugParam(rawSlug);
  return slug ? getPublicTagPage({ slug, page }) : ({ kind: 'missing' } as const);
}

async function tagPageMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const found = await load(rawSlug, page);
  if (found.kind !== 'tag') return {};
  return tagMetadata(await getSiteSettings(), found.tag, page);
}

async function renderTagPage(rawSlug: string, page: number) {
  const found = await load(rawSlug, page);
  if (found.kind === 'redirect') permanentRedirect(tagPagePath(found.slug, page));
  if (found.kind !== 'tag') {
    // An imported site's tag or category address (/tag/<old-slug>) answers with its redirect.
    return movedOrNotFound(page === 1 ? tagPath(rawSlug) : null);
  }
  const { tag, list } = found;
  return (
    <div className="list-page">
      <header className="page-header">
        <p className="kicker">Topic</p>
        <h1>{tag.name}</h1>
        {tag.description ? <p className="page-description">{tag.description}</p> : null}
        <p className="page-sub">
          {list.total.toLocaleString('en-GB')}
          {list.totalCapped ? '+' : ''} {list.total === 1 ? 'story' : 'stories'}
          {page > 1 ? ` · page ${page}` : null} · <a href={tagFeedPath(tag.slug)}>RSS feed</a>
        </p>
      </header>
      <ArticleList articles={list.items} />
      <Pagination page={page} pageCount={list.pageCount} open={list.totalCapped} hrefFor={(p) => tagPagePath(tag.slug, p)} label={`${tag.name} pages`} />
    </div>
  );
}

export const tagRoute = pagedSlugRoute({ metadata: tagPageMetadata, render: renderTagPage, pagePath: tagPagePath });
