// /search?q=: full-text search over published articles. The one dynamic public page (it reads the query);
// its data still comes through the same published-only reads.
import type { Metadata } from 'next';
import { normalizeSearchQuery, searchPublishedArticles } from '@/lib/articles/public-search';
import { getSiteSettings } from '@/lib/settings/public';
import { searchMetadata } from '@/lib/seo/metadata';
import { searchPath } from '@/lib/core/routes';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : 1;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await getSiteSettings(), normalizeSearchQuery((await searchParams).q));
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const result = await searchPublishedArticles({ query: params.q, page: parsePage(params.page) });
  const pageHref = (page: number) => searchPath({ q: result.query, ...(page > 1 ? { page: String(page) } : {}) });
  return (
    <div className="list-page search-page">
      <header className="page-header">
        <h1>Search</h1>
        <SearchForm query={result.query} id="site-search" />
      </header>
      {result.state === 'empty' ? (
        <p className="empty">Type a word or two above to search every published story.</p>
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="section-title" aria-live="polite">
            {result.total === 0
              ? `No stories match “${result.query}”`
              : `${result.total} ${result.total === 1 ? 'story matches' : 'stories match'} “${result.query}”`}
          </h2>
          {result.total === 0 ? (
            <p className="empty">Try fewer or different words, or check the spelling.</p>
          ) : result.hits.length === 0 ? (
            <p className="empty">
              There are no more results. <a href={pageHref(1)}>Back to the first page</a>.
            </p>
          ) : (
            <SearchResults hits={result.hits} />
          )}
          {result.pageCount > 1 && result.hits.length > 0 ? (
            <nav className="pagination" aria-label="Search result pages">
              {result.page > 1 ? (
                <a href={pageHref(result.page - 1)} rel="prev">
                  ← Better matches
                </a>
              ) : (
                <span />
              )}
              <span className="pagination-status">
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? (
                <a href={pageHref(result.page + 1)} rel="next">
                  More results →
                </a>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      )}
    </div>
  );
}
