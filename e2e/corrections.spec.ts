// /corrections: every published correction note, newest first, each linking to its article's note.
import { expect, test } from './fixtures';
import { CORRECTED_SEED_SLUG } from './pages/site';

test('the corrections page lists published notes and links each to its article', async ({ page }) => {
  await page.goto('/corrections');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  const entry = page.locator('.corrections-list > li').filter({ has: page.locator(`a[href="/news/${CORRECTED_SEED_SLUG}#correction"]`) });
  await expect(entry).toHaveCount(1);
  const note = (await entry.locator('p').first().textContent())!.trim();
  expect(note.length).toBeGreaterThan(10);
  const times = await page.locator('.corrections-list time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
  expect(times.length).toBeGreaterThan(0);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/news/${CORRECTED_SEED_SLUG}#correction$`));
  await expect(page.locator('#correction')).toContainText(note);
});
