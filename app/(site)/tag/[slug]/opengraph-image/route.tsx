// /tag/<slug>/opengraph-image: a generated card with the tag's name and the site name (ISR-cached).
import { getArticlesByTag } from '@/lib/articles/public';
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
  // A tag only used by unpublished work has no public page, and so no image.
  if ((await getArticlesByTag({ tagId: lookup.tag.id, pageSize: 1 })).total === 0) return new Response('Not found', { status: 404 });
  const settings = await getSiteSettings();
  return titleCardResponse({ title: lookup.tag.name, kicker: 'Topic', siteName: settings.siteName });
}
