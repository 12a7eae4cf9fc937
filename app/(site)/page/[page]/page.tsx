// The archive: every published article, newest first, PAGE_SIZE per page (/page/2, /page/3, …).
import { notFound } from 'next/navigation';
import { getLatestArticles } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
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
  const latest = await getLatestArticles({ page });
  if (latest.items.length === 0) notFound();
  return (
    <div className="list-page">
      <header className="page-header">
        <h1>Latest news</h1>
        <p className="page-sub">Page {page}</p>
      </header>
      <ArticleList articles={latest.items} />
      <Pagination page={page} pageCount={latest.pageCount} open={latest.totalCapped} hrefFor={archivePath} label="Archive pages" />
    </div>
  );
}
