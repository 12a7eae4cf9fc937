// A standalone page at /<slug> (About us, Contact, Ethics policy): static and cached until a publish,
// update or unpublish of the page expires its tags. Static routes (/search, /corrections, …) win over
// this one, and page slugs may not take their names. An old slug answers with a 308 to the current one;
// an unknown slug may be an imported site's old address (/about-2 → …), else a 404.
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getPublishedPageBySlug } from '@/lib/articles/public-pages';
import { getSiteSettings } from '@/lib/settings/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { jsonLdScriptText, webPageJsonLd } from '@/lib/seo/json-ld';
import { pagePath } from '@/lib/core/routes';
import { PageView } from '@/components/site/page-view';
import { JsonLd } from '@/components/site/json-ld';
import { movedOrNotFound } from '../moved-or-not-found';
import { lookUpSlug, type SlugParams } from '../slug-param';
import { notFoundMetadata } from '../not-found-metadata';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: SlugParams };
const load = (params: SlugParams) => lookUpSlug(params, getPublishedPageBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { found } = await load(params);
  if (found.kind !== 'found') return notFoundMetadata;
  return pageMetadata(await getSiteSettings(), found.value);
}

export default async function StandalonePage({ params }: Props) {
  const { slug, found } = await load(params);
  if (found.kind === 'redirect') permanentRedirect(pagePath(found.slug));
  if (found.kind !== 'found') return movedOrNotFound(slug ? `/${slug}` : null);
  const settings = await getSiteSettings();
  return (
    <>
      <JsonLd text={jsonLdScriptText(webPageJsonLd(settings, found.value))} />
      <PageView page={found.value} />
    </>
  );
}
