// The public footer: copyright line, feeds, corrections and the sitemap.
import type { SiteSettingsView } from '@/lib/core/public-types';
import { LinkList, type SiteLink } from './link-list';

const FOOTER_LINKS: readonly SiteLink[] = [
  { href: '/feed.xml', label: 'RSS feed' },
  { href: '/search', label: 'Search' },
  { href: '/corrections', label: 'Corrections' },
  { href: '/sitemap.xml', label: 'Sitemap' },
];

export function SiteFooter({ settings }: { settings: SiteSettingsView }) {
  return (
    <footer className="site-footer">
      <p>{settings.copyright}</p>
      <LinkList links={FOOTER_LINKS} />
    </footer>
  );
}
