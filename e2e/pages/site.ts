// Helpers for the public-site specs: the demo seed's unpublished slugs, and reading article links off pages.
import type { APIRequestContext, Page } from '@playwright/test';

/** Articles the demo seed leaves unpublished (lib/demo/content-unpublished.ts): never public anywhere. */
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

/**
 * Writes a new article in the dashboard editor (the signed-in user must be allowed to publish when
 * `publish` is set). Returns the slug it was given.
 */
export async function writeArticle(page: Page, input: { headline: string; slug: string; body: string; publish: boolean }): Promise<string> {
  await page.goto('/dashboard/articles/new');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
  await page.getByLabel('Headline').fill(input.headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(input.body);
  await page.getByLabel('Slug').fill(input.slug);
  if (input.publish) {
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('button', { name: 'Update' }).waitFor();
  } else {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  }
  return input.slug;
}
