// /publisher-logo.png: the Organization logo for structured data when no logo has been uploaded.
import { getSiteSettings } from '@/lib/settings/public';
import { publisherLogoResponse } from '@/lib/seo/og-image';

export const revalidate = 3600;

export async function GET() {
  return publisherLogoResponse((await getSiteSettings()).siteName);
}
