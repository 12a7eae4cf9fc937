// /author/<slug>/opengraph-image: a generated card with the author's name and the site name (ISR-cached).
import { getSiteSettings } from '@/lib/settings/public';
import { getPublicAuthor } from '@/lib/users/public-page';
import { titleCardResponse } from '@/lib/seo/og-image';
import { parseSlugParam } from '../../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  // Only people with a public page (published articles) get an image: staff who never wrote stay private.
  const author = slug ? await getPublicAuthor(slug) : null;
  if (!author) return new Response('Not found', { status: 404 });
  const settings = await getSiteSettings();
  return titleCardResponse({ title: author.name, kicker: 'Author', siteName: settings.siteName });
}
