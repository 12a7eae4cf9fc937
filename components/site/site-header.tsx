// The public header: skip link, site name or logo, section navigation and a search link.
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own. */
import type { SiteSettingsView, TagRef } from '@/lib/core/public-types';
import { homePath, searchPath, tagPath } from '@/lib/core/routes';
import { LinkList } from './link-list';

export function SiteHeader({ settings, sections }: { settings: SiteSettingsView; sections: readonly TagRef[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main-content">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a href="/" className="site-name">
          {settings.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small logo straight from the media route; the name beside it is the text.
            <img
              src={settings.logo.src}
              srcSet={settings.logo.srcset || undefined}
              sizes="3rem"
              alt=""
              width={settings.logo.width}
              height={settings.logo.height}
              className="site-logo"
            />
          ) : null}
          <span>{settings.siteName}</span>
        </a>
        {settings.description ? <p className="site-tagline">{settings.description}</p> : null}
      </div>
      <nav className="site-nav" aria-label="Sections">
        <LinkList links={[{ href: homePath, label: 'Latest' }, ...sections.map((tag) => ({ href: tagPath(tag.slug), label: tag.name })), { href: searchPath(), label: 'Search' }]} />
      </nav>
    </header>
  );
}
