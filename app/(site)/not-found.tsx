// The public 404: says what happened and offers a way on (search, home, the latest headlines).
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own. */
import type { Metadata } from 'next';
import { getLatestArticles } from '@/lib/articles/public';
import { getSiteClock } from '@/lib/settings/public';
import { siteText } from '@/lib/i18n/catalogue';
import { ArticleList } from '@/components/site/article-list';
import { SearchForm } from '@/components/site/search-form';
import { notFoundMetadata } from './not-found-metadata';

export const metadata: Metadata = notFoundMetadata;

export default async function NotFound() {
  const [latest, clock] = await Promise.all([getLatestArticles({ page: 1, pageSize: 5 }), getSiteClock()]);
  const { t } = siteText(clock.locale);
  return (
    <div className="not-found">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <SearchForm clock={clock} id="not-found-search" />
      <p>
        <a href="/">
          {t('notFound.home')}
        </a>
      </p>
      {latest.items.length > 0 ? (
        <section aria-labelledby="nf-latest">
          <h2 id="nf-latest" className="section-title">
            {t('notFound.latest')}
          </h2>
          <ArticleList articles={latest.items} clock={clock} level={3} variant="compact" />
        </section>
      ) : null}
    </div>
  );
}
