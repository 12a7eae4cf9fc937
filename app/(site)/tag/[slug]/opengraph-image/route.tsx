// /tag/<slug>/opengraph-image: a generated card with the tag's name and the site name (ISR-cached).
import { getSiteSettings } from '@/lib/settings/public';
import { getTagBySlug } from '@/lib/tags/public';
import { titleCardResponse } from '@/lib/seo/og-image';
import { parseSlugParam } from '../../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const lookup = slug ? await getTagBySlug(slug) : null;
  if (!lookup || lookup.kind !== 'tag') return new Response('Not found', { status: 404 });
  const settings = await getSiteSettings();
  return titleCardResponse({ title: lookup.tag.name, kicker: 'Topic', siteName: settings.siteName });
}
