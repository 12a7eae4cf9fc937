// /opengraph-image: the site's Open Graph image (home, archive): the default social image from the
// settings, cropped to 1200x630, or a generated card with the name and description (ISR-cached).
import { getSiteSettings } from '@/lib/settings/public';
import { croppedPhotoResponse, titleCardResponse } from '@/lib/seo/og-image';

export const revalidate = 3600;

export async function GET() {
  const settings = await getSiteSettings();
  const photo = settings.defaultSocialImage ? await croppedPhotoResponse(settings.defaultSocialImage) : null;
  if (photo) return photo;
  return titleCardResponse({ title: settings.description || settings.siteName, kicker: 'Latest news', siteName: settings.siteName });
}
