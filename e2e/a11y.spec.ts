// Accessibility of every public page type, checked with axe-core: no violations at all.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CORRECTED_SEED_SLUG } from './pages/site';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

// Each page type is its own test, and the file's tests run in parallel (they only read): the two
// workers share the twenty analyses instead of one worker doing them all in a row.
test.describe.configure({ mode: 'parallel' });

/** The seeded corrected article's first tag and author (their slugs come from the seed, not from here). */
async function seededLink(page: Page, selector: string): Promise<string> {
  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  return (await page.locator(selector).first().getAttribute('href'))!;
}

const PAGES: { name: string; path: string | ((page: Page) => Promise<string>) }[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/news/${CORRECTED_SEED_SLUG}` },
  { name: 'live', path: '/news/river-kessen-high-water-live' },
  { name: 'page', path: '/about-us' },
  { name: 'corrections', path: '/corrections' },
  { name: 'tag', path: (page) => seededLink(page, '.article-tags a[rel="tag"]') },
  { name: 'author', path: (page) => seededLink(page, '.article-meta .byline a') },
  { name: 'search', path: '/search' },
  { name: 'search results', path: '/search?q=harbour' },
  { name: '404', path: '/news/no-such-story-here' },
];

for (const { name, path: pathOf } of PAGES) {
  test(`the ${name} page has no axe violations, on a phone and a desktop`, async ({ page }) => {
    const path = typeof pathOf === 'string' ? pathOf : await pathOf(page);
    for (const width of [320, 1280]) {
      await test.step(`${path} at ${width}px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expectNoViolations(page);
        // Nothing runs off the side at 320px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
});
