// Which slugs a standalone page may not take: every top-level segment the app already answers (a page at
// /search would never be reached, since static routes win), plus the few addresses the edge and Next
// keep for themselves, all read from the route manifest (./route-manifest.ts). Pure, so the editor, the
// validator and next.config's edge headers share it; page-slugs.test.ts derives the segments from app/
// and fails when a new route is missing from the manifest.
import { RESERVED_SEGMENTS } from './route-manifest'; // relative: next.config.ts loads this file

export const RESERVED_PAGE_SLUGS: readonly string[] = RESERVED_SEGMENTS;

const reserved = new Set(RESERVED_PAGE_SLUGS);

export function isReservedPageSlug(slug: string): boolean {
  return reserved.has(slug);
}

export function reservedPageSlugMessage(slug: string): string {
  return `/${slug} is already an address of the site: choose another slug for this page.`;
}
