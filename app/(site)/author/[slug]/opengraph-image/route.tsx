// /author/<slug>/opengraph-image: a generated card with the author's name and the site name (ISR-cached).
import { getArticlesByAuthor } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { getAuthorProfileBySlug } from '@/lib/users/public';
import { titleCardResponse } from '@/lib/seo/og-image';
import { parseSlugParam } from '../../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const author = slug ? await getAuthorProfileBySlug(slug) : null;
  // Only people with a public page (published articles) get an image: staff who never wrote stay private.
  if (!author || (await getArticlesByAuthor({ authorId: author.id, pageSize: 1 })).total === 0) return new Response('Not found', { status: 404 });
  const settings = await getSiteSettings();
  return titleCardResponse({ title: author.name, kicker: 'Author', siteName: settings.siteName });
}
