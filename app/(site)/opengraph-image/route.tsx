// /opengraph-image: the site's default Open Graph image (home, archive): name and description (ISR-cached).
import { getSiteSettings } from '@/lib/settings/public';
import { titleCardResponse } from '@/lib/seo/og-image';

export const revalidate = 3600;

export async function GET() {
  const settings = await getSiteSettings();
  return titleCardResponse({ title: settings.description || settings.siteName, kicker: 'Latest news', siteName: settings.siteName });
}
