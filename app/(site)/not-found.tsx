// The public 404: says what happened and offers a way on (search, home, the latest headlines).
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own. */
import type { Metadata } from 'next';
import { getLatestArticles } from '@/lib/articles/public';
import { ArticleList } from '@/components/site/article-list';
import { SearchForm } from '@/components/site/search-form';
import { notFoundMetadata } from './not-found-metadata';

export const metadata: Metadata = notFoundMetadata;

export default async function NotFound() {
  const latest = await getLatestArticles({ page: 1, pageSize: 5 });
  return (
    <div className="not-found">
      <h1>We can’t find that page</h1>
      <p>The link may be mistyped, or the story may have moved or been taken down.</p>
      <SearchForm id="not-found-search" />
      <p>
        <a href="/">
          Go to the front page
        </a>
      </p>
      {latest.items.length > 0 ? (
        <section aria-labelledby="nf-latest">
          <h2 id="nf-latest" className="section-title">
            Latest stories
          </h2>
          <ArticleList articles={latest.items} level={3} variant="compact" />
        </section>
      ) : null}
    </div>
  );
}
