// A tag's page (page 1 at /tag/<slug>, then /tag/<slug>/page/<n>): shared by both routes. Old tag slugs
// redirect permanently; a tag with no published articles is a 404 (unpublished work stays private).
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getArticlesByTag } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { getTagBySlug } from '@/lib/tags/public';
import { findRedirectCached } from '@/lib/redirects/public';
import { tagMetadata } from '@/lib/seo/metadata';
import { tagPagePath } from '@/lib/seo/urls';
import { tagFeedPath, tagPath } from '@/lib/routes';
import { ArticleList } from '@/components/site/ArticleList';
import { Pagination } from '@/components/site/Pagination';
import { parseSlugParam } from '../../slug-param';

async function load(rawSlug: string, page: number) {
  const slug = parseSlugParam(rawSlug);
  if (!slug) return { kind: 'missing' } as const;
  const lookup = await getTagBySlug(slug);
  if (lookup.kind !== 'tag') return lookup;
  const list = await getArticlesByTag({ tagId: lookup.tag.id, page });
  if (list.items.length === 0) return { kind: 'missing' } as const;
  return { kind: 'tag', tag: lookup.tag, list } as const;
}

export async function tagPageMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const found = await load(rawSlug, page);
  if (found.kind !== 'tag') return {};
  return tagMetadata(await getSiteSettings(), found.tag, page);
}

export async function TagPage({ slug: rawSlug, page }: { slug: string; page: number }) {
  const found = await load(rawSlug, page);
  if (found.kind === 'redirect') permanentRedirect(tagPagePath(found.slug, page));
  if (found.kind !== 'tag') {
    // An imported site's tag or category address (/tag/<old-slug>) answers with its redirect.
    const moved = page === 1 ? await findRedirectCached(tagPath(rawSlug)) : null;
    if (moved) permanentRedirect(moved.to);
    notFound();
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
