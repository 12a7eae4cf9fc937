// The archive: every published article, newest first, PAGE_SIZE per page (/page/2, /page/3, …).
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getLatestArticles } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { homeMetadata } from '@/lib/seo/metadata';
import { archivePath } from '@/lib/seo/urls';
import { ArticleList } from '@/components/site/article-list';
import { Pagination } from '@/components/site/pagination';
import { parsePageParam } from '../../page-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return page ? homeMetadata(await getSiteSettings(), page) : {};
}

export default async function ArchivePage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/');
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
