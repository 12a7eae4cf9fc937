// Tag management end to end: the paged list finds a tag by name, and merging picks its target with
// the search field (the server answers with matching tags; no page lists them all).
import { expect, test, signIn } from './fixtures';

test('an editor finds a tag by name and merges it into another found by search', async ({ page }) => {
  const run = Date.now().toString(36);
  const fromName = `Tidal ${run}`;
  const intoName = `Tides ${run}`;
  await signIn(page, 'editor');
  await page.goto('/dashboard/tags');
  const createForm = page.locator('form', { has: page.getByRole('button', { name: 'Create tag' }) });
  for (const name of [fromName, intoName]) {
    await createForm.getByLabel('Name', { exact: true }).fill(name);
    await createForm.getByRole('button', { name: 'Create tag' }).click();
    await expect(page.getByText(`Tag “${name}” created.`)).toBeVisible();
  }

  await page.getByLabel('Find tags by name').fill(fromName);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tags matching “${fromName}”: 1–1 of 1` })).toBeVisible();
  const row = page.locator('li.tag-row', { has: page.getByRole('heading', { name: fromName }) });
  await row.getByText(`Merge “${fromName}” into another tag`).click();
  const search = row.getByLabel('Find the tag to merge into');
  await search.fill(`no such tag ${run}`);
  await expect(row.getByText(`No other tag matches “no such tag ${run}”.`)).toBeVisible();
  await search.fill(`tides ${run}`);
  const choices = row.getByRole('group', { name: 'Merge into' });
  await expect(choices.getByRole('radio')).toHaveCount(1);
  // The tag itself is never offered.
  await search.fill(run);
  await expect(choices.getByRole('radio', { name: intoName })).toBeVisible();
  await expect(choices.getByRole('radio', { name: fromName })).toHaveCount(0);
  await choices.getByRole('radio', { name: intoName }).check();
  await row.getByRole('button', { name: 'Merge tags' }).click();
  // The merged tag's row leaves the list (its form, and the form's message, with it).
  await expect(page.getByText(`No tag matches “${fromName}”.`)).toBeVisible();

  await page.goto(`/dashboard/tags?q=${run}`);
  await expect(page.getByRole('status').filter({ hasText: '1–1 of 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: intoName })).toBeVisible();
});
