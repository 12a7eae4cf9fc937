// /search?q=: full-text search over published articles. The one dynamic public page (it reads the query);
// its data still comes through the same published-only reads.
import type { Metadata } from 'next';
import { normalizeSearchQuery, searchPublishedArticles } from '@/lib/articles/public-search';
import { getSiteClock, getSiteSettings } from '@/lib/settings/public';
import { siteText } from '@/lib/i18n/catalogue';
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
  const [result, clock] = await Promise.all([searchPublishedArticles({ query: params.q, page: parsePage(params.page) }), getSiteClock()]);
  const { t, plural } = siteText(clock.locale);
  const pageHref = (page: number) => searchPath({ q: result.query, ...(page > 1 ? { page: String(page) } : {}) });
  return (
    <div className="list-page search-page">
      <header className="page-header">
        <h1>{t('search.heading')}</h1>
        <SearchForm clock={clock} query={result.query} id="site-search" />
      </header>
      {result.state === 'empty' ? (
        <p className="empty">{t('search.prompt')}</p>
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="section-title" aria-live="polite">
            {result.total === 0 ? t('search.none', { query: result.query }) : plural('search.matches', result.total, { query: result.query })}
          </h2>
          {result.total === 0 ? (
            <p className="empty">{t('search.tryOther')}</p>
          ) : result.hits.length === 0 ? (
            <p className="empty">
              {t('search.noMore')} <a href={pageHref(1)}>{t('search.backToFirst')}</a>.
            </p>
          ) : (
            <SearchResults hits={result.hits} clock={clock} />
          )}
          {result.pageCount > 1 && result.hits.length > 0 ? (
            <nav className="pagination" aria-label={t('search.pages')}>
              {result.page > 1 ? (
                <a href={pageHref(result.page - 1)} rel="prev">
                  {t('search.better')}
                </a>
              ) : (
                <span />
              )}
              <span className="pagination-status">
                {t('pages.status', { page: result.page, count: result.pageCount })}
              </span>
              {result.page < result.pageCount ? (
                <a href={pageHref(result.page + 1)} rel="next">
                  {t('search.more')}
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
