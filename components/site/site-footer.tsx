// The public footer: copyright line, the pages admins put in the footer menu (in their order), then
// feeds, search, corrections and the sitemap.
import type { PageLink, SiteSettingsView } from '@/lib/core/public-types';
import { correctionsPath, feedPath, pagePath, searchPath, sitemapPath } from '@/lib/core/routes';
import { LinkList, type SiteLink } from './link-list';

const FOOTER_LINKS: readonly SiteLink[] = [
  { href: feedPath, label: 'RSS feed' },
  { href: searchPath(), label: 'Search' },
  { href: correctionsPath, label: 'Corrections' },
  { href: sitemapPath, label: 'Sitemap' },
];

export function SiteFooter({ settings, pages = [] }: { settings: SiteSettingsView; pages?: readonly PageLink[] }) {
  return (
    <footer className="site-footer">
      <p>{settings.copyright}</p>
      {pages.length > 0 ? (
        <nav aria-label="About this site" className="footer-pages">
          <LinkList links={pages.map((p) => ({ href: pagePath(p.slug), label: p.title }))} />
        </nav>
      ) : null}
      <LinkList links={FOOTER_LINKS} />
    </footer>
  );
}
