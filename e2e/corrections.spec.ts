// /corrections: every published correction note, newest first, each linking to its article's note.
// The test publishes a corrected article of its own: other specs publish notes beside it (the XSS
// corpus alone more than a page of 30), so a seeded note need not be on the first page.
import { expect, test, signIn } from './fixtures';
import { startArticle, uniqueHeadline, waitSaved } from './pages/editor';

test('the corrections page lists published notes and links each to its article', async ({ page }) => {
  await signIn(page, 'editor');
  const headline = uniqueHeadline('Ferry timetable corrected');
  const note = `An earlier version gave the wrong departure time (${headline}).`;
  await startArticle(page, headline, 'The ferry leaves at nine.');
  await page.getByLabel('Correction or update note').fill(note);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();

  await page.goto('/corrections');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  const entry = page.locator('.corrections-list > li').filter({ hasText: note });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('heading', { level: 2 })).toHaveText(headline);
  const times = await page.locator('.corrections-list time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
  expect(times.length).toBeGreaterThan(0);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/news\/[a-z0-9-]+#correction$/);
  await expect(page.locator('#correction')).toContainText(note);
});
