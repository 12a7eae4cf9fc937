// The public addresses a WordPress site answered on, for one post, term, author or file: every form
// the common permalink structures produce. Pure; the importer stores them as redirects.
import { normalizeFromPath } from '@/lib/redirects/path';

/** The path (and query) of a URL on the old site, or null when it points elsewhere. */
export function oldSitePath(url: string, siteUrl: string): string | null {
  try {
    const base = new URL(siteUrl);
    const u = new URL(url, base);
    if (u.host !== base.host) return null;
    const basePath = base.pathname.replace(/\/+$/, '');
    const path = basePath && u.pathname.startsWith(basePath) ? u.pathname.slice(basePath.length) || '/' : u.pathname;
    return `${path}${u.search}`;
  } catch {
    return null;
  }
}

/** A category's or tag's archive on WordPress (its default bases, which Byline's /tag/ only shares by chance). */
export const termOldPath = (domain: string, slug: string) => (domain === 'category' ? `/category/${slug}` : `/tag/${slug}`);
/** An author's archive on WordPress, by login. */
export const authorOldPath = (login: string) => `/author/${encodeURIComponent(login)}`;
/** The site feed and the comments feed on WordPress. */
export const FEED_OLD_PATHS = ['/feed', '/comments/feed'] as const;

export type PostUrlInput = { id: string; slugs: string[]; date: Date; categorySlugs: string[]; link: string; siteUrl: string };

export function postOldPaths(input: PostUrlInput): string[] {
  const y = String(input.date.getUTCFullYear());
  const m = String(input.date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(input.date.getUTCDate()).padStart(2, '0');
  const paths = new Set<string>([`/?p=${input.id}`, `/archives/${input.id}`, `/index.php/archives/${input.id}`]);
  for (const slug of input.slugs.filter(Boolean)) {
    paths.add(`/${y}/${m}/${d}/${slug}`);
    paths.add(`/${y}/${m}/${slug}`);
    paths.add(`/${slug}`);
    for (const cat of input.categorySlugs) paths.add(`/${cat}/${slug}`);
  }
  const own = oldSitePath(input.link, input.siteUrl);
  if (own) paths.add(own);
  return [...paths].map(normalizeFromPath);
}

export type PageUrlInput = { id: string; slugs: string[]; link: string; siteUrl: string };

/** A page's old addresses: `/?page_id=ID`, its permalink (`/about/staff/` for a child page) and `/<slug>`. */
export function pageOldPaths(input: PageUrlInput): string[] {
  const paths = new Set<string>([`/?page_id=${input.id}`]);
  for (const slug of input.slugs.filter(Boolean)) paths.add(`/${slug}`);
  const own = oldSitePath(input.link, input.siteUrl);
  if (own) paths.add(own);
  return [...paths].map(normalizeFromPath);
}
