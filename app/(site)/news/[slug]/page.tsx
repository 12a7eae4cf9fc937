// An article at its canonical URL (/news/<slug>): static and cached until a publish, update or
// unpublish (or, for live coverage, an entry write) expires its tags; an old address answers with a 308.
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getArticlePageBySlug } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleCrumbs, breadcrumbJsonLd, jsonLdScriptText, liveBlogPostingJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { getLatestEntryTime, getLiveCoverage } from '@/lib/live/public';
import type { ArticlePageData } from '@/lib/core/public-types';
import { articlePath } from '@/lib/core/routes';
import { ArticleView } from '@/components/site/article-view';
import { LiveHeaderBadge } from '@/components/site/live-header-badge';
import { JsonLd } from '@/components/site/json-ld';
import { LiveCoverageSection } from '@/components/site/live-coverage-section';
import { lookUpSlug, type SlugParams } from '../../slug-param';
import { notFoundMetadata } from '../../not-found-metadata';
import { movedOrNotFound } from '../../moved-or-not-found';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: SlugParams };
const load = (params: SlugParams) => lookUpSlug(params, getArticlePageBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { found } = await load(params);
  if (found.kind !== 'found') return notFoundMetadata;
  return articleMetadata(await getSiteSettings(), await withLatestEntry(found.value));
}

/** A live article was modified when its newest entry was posted or edited, if that is later. */
async function withLatestEntry(article: ArticlePageData): Promise<ArticlePageData> {
  const latest = await getLatestEntryTime(article.id);
  return latest && Date.parse(latest) > Date.parse(article.modifiedAt) ? { ...article, modifiedAt: latest } : article;
}

export default async function ArticlePage({ params }: Props) {
  const { slug, found } = await load(params);
  if (found.kind === 'redirect') permanentRedirect(articlePath(found.slug));
  // An old address an admin or an import stored under /news/ answers too, like every other public route.
  if (found.kind !== 'found') return movedOrNotFound(slug ? articlePath(slug) : null);
  const settings = await getSiteSettings();
  const article = await withLatestEntry(found.value);
  // A live article shows its coverage under the summary; the page stays one cached, tagged render.
  const live = await getLiveCoverage(article.id);
  const main = live ? liveBlogPostingJsonLd(settings, article, { state: live.state, entries: [...live.pinned, ...live.entries.filter((e) => !e.pinned)] }) : newsArticleJsonLd(settings, article);
  return (
    <>
      <JsonLd text={jsonLdScriptText([main, breadcrumbJsonLd(articleCrumbs(settings, article))])} />
      <ArticleView
        article={article}
        live={live ? <LiveCoverageSection slug={article.slug} coverage={live} /> : undefined}
        liveBadge={live ? <LiveHeaderBadge ended={Boolean(live.state.endedAt)} /> : undefined}
      />
    </>
  );
}
