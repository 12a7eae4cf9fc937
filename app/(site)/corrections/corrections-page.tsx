// Every published correction note, newest first, each linking to its article's note: shared by
// /corrections and /corrections/page/<n>.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorrections } from '@/lib/articles/public-corrections';
import { getSiteSettings } from '@/lib/settings/public';
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
  const list = await getCorrections(page);
  if (page > 1 && list.items.length === 0) notFound();
  return (
    <div className="list-page">
      <header className="page-header">
        <h1>Corrections</h1>
        <p className="page-description">Every correction and update note we have published, newest first.</p>
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
                Corrected <DateTime iso={c.correctedAt} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>No corrections so far.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={correctionsPagePath} label="Corrections pages" />
    </div>
  );
}
