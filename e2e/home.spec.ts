// Foundation journey: the demo site serves seeded articles and an article opens from the home page.
import { expect, test } from './fixtures';

test('home lists seeded published articles and one opens', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('main a[href^="/news/"]');
  expect(await links.count()).toBeGreaterThan(5);
  const first = links.first();
  const href = (await first.getAttribute('href'))!;
  const headline = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByRole('article', { name: headline })).toBeVisible();
});

test('health route answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  // The e2e server purges an edge (EDGE_PURGE_URLS): the count of purges it still owes is a number.
  expect(await response.json()).toEqual({ ok: true, edgePurgesOwed: expect.any(Number) });
});
