// Workflow journeys: a contributor submits and an editor publishes; an article scheduled a few seconds
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

test('an article scheduled a few seconds ahead goes live with nobody acting, not before its time', async ({ page }) => {
  const headline = uniqueHeadline('Night bus trial starts');
  await signIn(page, 'editor');
  await startArticle(page, headline, 'Two routes will run until three in the morning.');
  const slug = slugOf(headline);
  expect((await page.request.get(`/news/${slug}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule publication' });
  await expect(dialog.getByText(/Time zone:/)).toBeVisible();
  // The next whole minute, in the browser's own time zone, and the absolute time the form should send.
  const { local, iso } = await page.evaluate(() => {
    const at = new Date(Date.now() + 60_000);
    at.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { local: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`, iso: at.toISOString() };
  });
  // The picker has whole minutes only; waiting for one would idle a worker for up to a minute. The form's
  // own request goes out with its time moved to a few seconds after it is sent (the server and its
  // scheduler, every 2 s in e2e, share this machine's clock), once it is seen to carry the picked minute.
  let sent = '';
  let scheduledFor = 0;
  await page.route(/\/dashboard\/articles\//, async (route) => {
    const body = route.request().postData() ?? '';
    if (route.request().method() !== 'POST' || !body.includes('"scheduledAt"')) return route.fallback();
    sent = /"scheduledAt":"([^"]+)"/.exec(body)?.[1] ?? '';
    scheduledFor = Date.now() + 10_000;
    await route.continue({ postData: body.replace(/"scheduledAt":"[^"]+"/, `"scheduledAt":"${new Date(scheduledFor).toISOString()}"`) });
  });
  await dialog.getByLabel('Publish on').fill(local);
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Scheduled. It will go live at the time shown.')).toBeVisible();
  await expect(page.locator('.workflow-bar [data-status]')).toHaveText('Scheduled');
  expect(sent, 'the form sends the picked local minute as an absolute time').toBe(iso);

  // Nobody does anything now: sign out and poll the public page as a reader until it is live.
  await page.context().clearCookies();
  let liveAt = 0;
  await expect
    .poll(async () => {
      const status = (await page.request.get(`/news/${slug}`)).status();
      if (status === 200 && !liveAt) liveAt = Date.now();
      return status;
    }, { timeout: 60_000, intervals: [500] })
    .toBe(200);
  expect(liveAt, 'not live before the scheduled time').toBeGreaterThanOrEqual(scheduledFor);
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
