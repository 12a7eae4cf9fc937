// The archive: every published article, newest first, PAGE_SIZE per page (/page/2, /page/3, …).
import { notFound } from 'next/navigation';
import { getLatestArticles } from '@/lib/articles/public';
import { getSiteClock, getSiteSettings } from '@/lib/settings/public';
import { siteText } from '@/lib/i18n/catalogue';
import { homeMetadata } from '@/lib/seo/metadata';
import { archivePath } from '@/lib/core/routes';
import { ArticleList } from '@/components/site/article-list';
import { Pagination } from '@/components/site/pagination';
import { laterPagesRoute } from '../../later-pages-route';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const route = laterPagesRoute({ firstPath: '/', metadata: async (page) => homeMetadata(await getSiteSettings(), page), render: renderArchivePage });
export const generateMetadata = route.generateMetadata;
export default route.Page;

async function renderArchivePage(page: number) {
  const [latest, clock] = await Promise.all([getLatestArticles({ page }), getSiteClock()]);
  const { t } = siteText(clock.locale);
  if (latest.items.length === 0) notFound();
  return (
    <div className="list-page">
      <header className="page-header">
        <h1>{t('archive.heading')}</h1>
        <p className="page-sub">{t('pages.statusOpen', { page })}</p>
      </header>
      <ArticleList articles={latest.items} clock={clock} />
      <Pagination clock={clock} page={page} pageCount={latest.pageCount} open={latest.totalCapped} hrefFor={archivePath} label={t('archive.pages')} />
    </div>
  );
}
