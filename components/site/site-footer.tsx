// The public footer: copyright line, the pages admins put in the footer menu (in their order), then
// feeds, search, corrections and the sitemap.
import type { PageLink, SiteSettingsView } from '@/lib/core/public-types';
import { correctionsPath, feedPath, pagePath, searchPath, sitemapPath } from '@/lib/core/routes';
import { siteText } from '@/lib/i18n/catalogue';
import { LinkList } from './link-list';

export function SiteFooter({ settings, pages = [] }: { settings: SiteSettingsView; pages?: readonly PageLink[] }) {
  const { t } = siteText(settings.locale);
  const links = [
    { href: feedPath, label: t('footer.feed') },
    { href: searchPath(), label: t('nav.search') },
    { href: correctionsPath, label: t('footer.corrections') },
    { href: sitemapPath, label: t('footer.sitemap') },
  ];
  return (
    <footer className="site-footer">
      <p>{settings.copyright}</p>
      {pages.length > 0 ? (
        <nav aria-label={t('footer.about')} className="footer-pages">
          <LinkList links={pages.map((p) => ({ href: pagePath(p.slug), label: p.title }))} />
        </nav>
      ) : null}
      <LinkList links={links} />
    </footer>
  );
}
