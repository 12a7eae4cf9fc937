// /news/<slug>/live/<n>: older updates of a live article, a page at a time (page 1 is the article itself).
// Plain server-rendered pages, cached and expired with the coverage.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getArticlePageBySlug } from '@/lib/articles/public';
import { getLiveCoverage } from '@/lib/live/public';
import { livePagePath } from '@/lib/core/routes';
import { articlePath } from '@/lib/core/routes';
import { LiveCoverageSection } from '@/components/site/live-coverage-section';
import { parseSlugParam } from '../../../../slug-param';
import { laterPageOr404 } from '../../../../page-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function load(params: Props['params']) {
  const { slug: raw, page: rawPage } = await params;
  const slug = parseSlugParam(raw);
  if (!slug) notFound();
  const page = laterPageOr404(rawPage, articlePath(slug));
  const found = await getArticlePageBySlug(slug);
  if (found.kind === 'redirect') permanentRedirect(livePagePath(found.slug, page));
  if (found.kind !== 'found') notFound();
  const coverage = await getLiveCoverage(found.value.id, page);
  if (!coverage || page > coverage.pageCount) notFound();
  return { article: found.value, coverage };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, coverage } = await load(params);
  return { title: `${article.headline}: updates, page ${coverage.page}`, alternates: { canonical: livePagePath(article.slug, coverage.page) } };
}

export default async function OlderLiveUpdatesPage({ params }: Props) {
  const { article, coverage } = await load(params);
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">
          <a href={articlePath(article.slug)}>{article.headline}</a>
        </h1>
        <p className="dek">Earlier updates, page {coverage.page} of {coverage.pageCount}</p>
      </header>
      <LiveCoverageSection slug={article.slug} coverage={coverage} />
    </article>
  );
}
