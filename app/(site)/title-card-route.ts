// The GET of a tag's or author's Open Graph image: a title card for whatever has a public page (the
// lookup decides, in lib/), else a 404. Segment config stays in each route file, as Next reads it there.
import { getSiteSettings } from '@/lib/settings/public';
import { titleCardResponse } from '@/lib/seo/og-image';
import { slugRoute } from './slug-param';

export function titleCardRoute(findPublic: (slug: string) => Promise<{ name: string } | null>, kicker: string) {
  return slugRoute(findPublic, async (found) => {
    if (!found) return new Response('Not found', { status: 404 });
    const settings = await getSiteSettings();
    return titleCardResponse({ title: found.name, kicker, siteName: settings.siteName });
  });
}
