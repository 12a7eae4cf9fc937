// The public site's frame: header with navigation and skip link, main landmark, footer. Reads only
// cached, tagged data (settings, busy tags, footer pages) and never cookies or headers, so every page stays static.
import type { Metadata } from 'next';
import { getFooterPages, getSiteSettings } from '@/lib/settings/public';
import { getBusyTags } from '@/lib/site/busy-tags';
import { siteMetadata } from '@/lib/seo/metadata';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import './site.css';

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteSettings());
}

const NAV_SECTIONS = 5;

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [settings, sections, footerPages] = await Promise.all([getSiteSettings(), getBusyTags(NAV_SECTIONS), getFooterPages()]);
  return (
    <div className="site">
      <SiteHeader settings={settings} sections={sections} />
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} pages={footerPages} />
    </div>
  );
}
