// Public read of the site settings (name, description, copyright, logo, footer menu, zone and language): on every page, cached once.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { siteSettings } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import type { PageLink, SiteSettingsView } from '@/lib/core/public-types';
import { getPublishedPages } from '@/lib/articles/public-pages';
import { getPublicMedia } from '@/lib/media/public';
import { resolveSiteClock } from './locale';

const DEFAULT_NAME = 'Byline';

const cachedSettingsRow = cachedRead(
  'site-settings',
  async () => {
    const db = await getDb();
    const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1)).limit(1);
    return row
      ? {
          siteName: row.siteName,
          description: row.description,
          copyright: row.copyright,
          logoId: row.logoId,
          defaultSocialImageId: row.defaultSocialImageId,
          footerPageIds: row.footerPageIds,
          timeZone: row.timeZone,
          locale: row.locale,
        }
      : null;
  },
  () => [cacheTags.settings],
);

export async function getSiteSettings(): Promise<SiteSettingsView> {
  const row = await cachedSettingsRow();
  const siteName = row?.siteName.trim() || DEFAULT_NAME;
  const [logo, defaultSocialImage] = await Promise.all([getPublicMedia(row?.logoId), getPublicMedia(row?.defaultSocialImageId)]);
  return {
    siteName,
    description: row?.description.trim() ?? '',
    copyright: row?.copyright.trim() || `© ${siteName}`,
    logo,
    defaultSocialImage,
    ...resolveSiteClock(row ?? undefined),
  };
}

/** The footer menu: the pages admins chose, in their order, skipping any not published right now. */
export async function getFooterPages(): Promise<PageLink[]> {
  const [row, pages] = await Promise.all([cachedSettingsRow(), getPublishedPages()]);
  const byId = new Map(pages.map((p) => [p.id, p]));
  return (row?.footerPageIds ?? []).flatMap((id) => byId.get(id) ?? []);
}
