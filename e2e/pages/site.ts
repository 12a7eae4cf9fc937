// Helpers for the public-site specs: the demo seed's unpublished slugs, and reading article links off pages.
import type { APIRequestContext, Page } from '@playwright/test';

/** Articles the demo seed leaves unpublished (db/seed/content-unpublished.ts): never public anywhere. */
export const UNPUBLISHED_SEED = [
  { status: 'draft', slug: 'valley-line-fare-zones-explained' },
  { status: 'draft', slug: 'ferry-timetable-review' },
  { status: 'draft', slug: 'week-with-halvik-lifeboat-crew' },
  { status: 'review', slug: 'brindleford-bakery-changes-hands' },
  { status: 'scheduled', slug: 'budget-week-numbers-to-watch' },
  { status: 'trash', slug: 'lantern-festival-preview-duplicate' },
] as const;

/** A seeded article with a correction note, a featured image and two tags. */
export const CORRECTED_SEED_SLUG = 'harbour-road-cycle-lane-permanent';

/** The /news/<slug> links inside <main>, in page order, without repeats. */
export async function articleLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/news/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

export async function getText(request: APIRequestContext, path: string): Promise<{ status: number; body: string; type: string }> {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), body: await response.text(), type: response.headers()['content-type'] ?? '' };
}
