// Accessibility of every public page type, checked with axe-core: no violations at all.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CORRECTED_SEED_SLUG } from './pages/site';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

test('home, article, live, page, corrections, tag, author, search and 404 pages have no axe violations, on a phone and a desktop', async ({ page }) => {
  // Twenty pages, each loaded and analysed twice: minutes on a loaded machine (speed is the bench's).
  test.setTimeout(240_000);
  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  const tagHref = (await page.locator('.article-tags a[rel="tag"]').first().getAttribute('href'))!;
  const authorHref = (await page.locator('.article-meta .byline a').first().getAttribute('href'))!;
  const paths = ['/', `/news/${CORRECTED_SEED_SLUG}`, '/news/river-kessen-high-water-live', '/about-us', '/corrections', tagHref, authorHref, '/search', '/search?q=harbour', '/news/no-such-story-here'];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await test.step(`${path} at ${width}px`, async () => {
        await page.goto(path);
        await expectNoViolations(page);
        // Nothing runs off the side at 320px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
      });
    }
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
});
