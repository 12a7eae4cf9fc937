// An article at its canonical URL (/news/<slug>): static and cached until a publish, update or
// unpublish expires its tags; an old slug answers with a 308 to the current one.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getArticlePageBySlug } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleCrumbs, breadcrumbJsonLd, jsonLdScriptText, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articlePath } from '@/lib/routes';
import { ArticleView } from '@/components/site/article-view';
import { JsonLd } from '@/components/site/json-ld';
import { parseSlugParam } from '../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? getArticlePageBySlug(slug) : ({ kind: 'missing' } as const);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (found.kind !== 'found') return { title: 'Page not found', robots: { index: false } };
  return articleMetadata(await getSiteSettings(), found.value);
}

export default async function ArticlePage({ params }: Props) {
  const found = await load(params);
  if (found.kind === 'redirect') permanentRedirect(articlePath(found.slug));
  if (found.kind !== 'found') notFound();
  const settings = await getSiteSettings();
  const article = found.value;
  return (
    <>
      <JsonLd text={jsonLdScriptText([newsArticleJsonLd(settings, article), breadcrumbJsonLd(articleCrumbs(settings, article))])} />
      <ArticleView article={article} />
    </>
  );
}
