// Every published correction note, newest first, each linking to its article's note: shared by
// /corrections and /corrections/page/<n>.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorrections } from '@/lib/articles/public-corrections';
import { getSiteClock, getSiteSettings } from '@/lib/settings/public';
import { siteText } from '@/lib/i18n/catalogue';
import { articlePath, correctionsPagePath } from '@/lib/core/routes';
import { absoluteUrl } from '@/lib/config/site-url';
import { DateTime } from '@/components/site/date-time';
import { Pagination } from '@/components/site/pagination';

export async function correctionsMetadata(page: number): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: page > 1 ? `Corrections, page ${page}` : 'Corrections',
    description: `Every correction and update note ${settings.siteName} has published, newest first.`,
    alternates: { canonical: absoluteUrl(correctionsPagePath(page)) },
  };
}

export async function CorrectionsPage({ page }: { page: number }) {
  const [list, clock] = await Promise.all([getCorrections(page), getSiteClock()]);
  const { t } = siteText(clock.locale);
  if (page > 1 && list.items.length === 0) notFound();
  return (
    <div className="list-page">
      <header className="page-header">
        <h1>{t('corrections.heading')}</h1>
        <p className="page-description">{t('corrections.description')}</p>
      </header>
      {list.items.length ? (
        <ol className="corrections-list">
          {list.items.map((c) => (
            <li key={c.articleId}>
              <h2>
                <a href={`${articlePath(c.slug)}#correction`}>{c.headline}</a>
              </h2>
              <p>{c.note}</p>
              <p className="page-sub">
                {t('corrections.corrected')} <DateTime iso={c.correctedAt} clock={clock} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('corrections.none')}</p>
      )}
      <Pagination clock={clock} page={list.page} pageCount={list.pageCount} hrefFor={correctionsPagePath} label={t('corrections.pages')} />
    </div>
  );
}
