// The public footer: copyright line, feeds, corrections and the sitemap.
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own. */
import type { SiteSettingsView } from '@/lib/core/public-types';

export function SiteFooter({ settings }: { settings: SiteSettingsView }) {
  return (
    <footer className="site-footer">
      <p>{settings.copyright}</p>
      <ul>
        <li>
          <a href="/feed.xml">RSS feed</a>
        </li>
        <li>
          <a href="/search">
            Search
          </a>
        </li>
        <li>
          <a href="/corrections">Corrections</a>
        </li>
        <li>
          <a href="/sitemap.xml">Sitemap</a>
        </li>
      </ul>
    </footer>
  );
}
