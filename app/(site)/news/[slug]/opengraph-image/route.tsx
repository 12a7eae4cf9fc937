// /news/<slug>/opengraph-image: the article's Open Graph image (1200x630), its featured image cropped with
// sharp, or a generated title card. A plain route at a stable URL (the metadata file convention would add
// a hashed suffix and render per request); ISR-cached with the article's tags, so an update replaces it.
import { findPublishedArticleBySlug } from '@/lib/articles/public';
import { getPublicMedia } from '@/lib/media/public';
import { getSiteSettings } from '@/lib/settings/public';
import { getTagRefsByIds } from '@/lib/tags/public';
import { croppedPhotoResponse, titleCardResponse } from '@/lib/seo/og-image';
import { slugRoute } from '../../../slug-param';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = slugRoute(findPublishedArticleBySlug, async (found) => {
  if (found?.kind !== 'found') return new Response('Not found', { status: 404 });
  const article = found.value;
  const image = await getPublicMedia(article.featuredImageId);
  const photo = image ? await croppedPhotoResponse(image) : null;
  if (photo) return photo;
  const [settings, tags] = await Promise.all([getSiteSettings(), getTagRefsByIds(article.tagIds)]);
  return titleCardResponse({ title: article.headline, kicker: article.tagIds.map((id) => tags[id]?.name).find(Boolean), siteName: settings.siteName });
});
