// /tag/<slug>/opengraph-image: a generated card with the tag's name and the site name (ISR-cached).
import { getSiteSettings } from '@/lib/settings/public';
import { getPublicTag } from '@/lib/tags/public-page';
import { titleCardResponse } from '@/lib/seo/og-image';
import { parseSlugParam } from '../../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  // A tag only used by unpublished work has no public page, and so no image.
  const tag = slug ? await getPublicTag(slug) : null;
  if (!tag) return new Response('Not found', { status: 404 });
  const settings = await getSiteSettings();
  return titleCardResponse({ title: tag.name, kicker: 'Topic', siteName: settings.siteName });
}
