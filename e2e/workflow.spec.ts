// Workflow journeys: a contributor submits and an editor publishes; an article scheduled a minute
// ahead goes live with nobody acting (the e2e server runs the scheduler every 2 s); trash and restore.
import { expect, test, signIn } from './fixtures';
import { articleIdFrom, slugOf, startArticle, uniqueHeadline } from './pages/editor';

test('a contributor submits for review and an editor publishes', async ({ page, browser }) => {
  const headline = uniqueHeadline('Allotment waiting list shrinks');
  await signIn(page, 'contributor');
  await startArticle(page, headline, 'Forty plots were handed over this spring.');
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review.')).toBeVisible();
  await expect(page.locator('.workflow-bar [data-status]')).toHaveText('In review');

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, 'editor');
  await editor.goto('/dashboard?status=review');
  await editor.getByRole('link', { name: headline }).click();
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByText('Published. Readers can see it now.')).toBeVisible();
  await editorContext.close();

  const response = await page.request.get(`/news/${slugOf(headline)}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(headline);
});

test('an article scheduled a minute ahead goes live with nobody acting', async ({ page }) => {
  test.setTimeout(180_000);
  const headline = uniqueHeadline('Night bus trial starts');
  await signIn(page, 'editor');
  await startArticle(page, headline, 'Two routes will run until three in the morning.');
  const slug = slugOf(headline);
  expect((await page.request.get(`/news/${slug}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule publication' });
  await expect(dialog.getByText(/Time zone:/)).toBeVisible();
  // The next whole minute at least 20 seconds away, in the browser's own time zone.
  const local = await page.evaluate(() => {
    const at = new Date(Date.now() + 20_000);
    at.setSeconds(0, 0);
    at.setMinutes(at.getMinutes() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
  await dialog.getByLabel('Publish on').fill(local);
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Scheduled. It will go live at the time shown.')).toBeVisible();
  await expect(page.locator('.workflow-bar [data-status]')).toHaveText('Scheduled');

  // Nobody does anything now: sign out and poll the public page as a reader.
  await page.context().clearCookies();
  await expect
    .poll(async () => (await page.request.get(`/news/${slug}`)).status(), { timeout: 120_000, intervals: [2_000] })
    .toBe(200);
  const html = await (await page.request.get(`/news/${slug}`)).text();
  expect(html).toContain(headline);
});

test('an editor moves an article to the trash and restores it', async ({ page }) => {
  const headline = uniqueHeadline('Lost property office moves');
  await signIn(page, 'editor');
  await startArticle(page, headline);
  const id = articleIdFrom(page);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Moved to the trash.')).toBeVisible();
  await expect(page.locator('.workflow-bar [data-status]')).toHaveText('Trash');
  await expect(page.getByLabel('Headline')).toBeDisabled();

  await page.goto('/dashboard?status=trash');
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0);

  await page.goto(`/dashboard/articles/${id}`);
  await page.getByRole('button', { name: 'Restore from trash' }).click();
  await expect(page.getByText('Restored from the trash.')).toBeVisible();
  await expect(page.locator('.workflow-bar [data-status]')).toHaveText('Draft');
  await expect(page.getByLabel('Headline')).toBeEnabled();
});
