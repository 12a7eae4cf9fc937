// Live coverage journeys: an editor posts, pins, marks, edits, deletes and ends while a reader's page is
// open in another browser context; the reader sees each change without reloading. Also: the page is
// complete without JavaScript, bad entries are refused with a message, and the demo live article is
// there for machines (JSON-LD, feed, share page) and readers (badge on the home page).
import type { Browser, Page } from '@playwright/test';
import Parser from 'rss-parser';
import { expect, test, signIn } from './fixtures';
import { slugOf, startArticle, uniqueHeadline } from './pages/editor';

const entryText = (page: Page) => page.getByRole('textbox', { name: 'Entry text' });

async function post(page: Page, text: string, options: { headline?: string; pinned?: boolean; keyEvent?: boolean } = {}) {
  if (options.headline) await page.getByLabel('Headline (optional)').fill(options.headline);
  await entryText(page).click();
  await page.keyboard.type(text);
  if (options.pinned) await page.getByLabel('Pinned (shown first)').check();
  if (options.keyEvent) await page.getByLabel('Key event').check();
  await page.getByRole('button', { name: 'Post entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry posted.' })).toBeVisible();
}

/** A published article made live by the editor; returns its slug with the editor on the live composer. */
async function liveArticle(editor: Page, prefix: string) {
  const headline = uniqueHeadline(prefix);
  const id = await startArticle(editor, headline, 'What we know so far.');
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByText('Published. Readers can see it now.')).toBeVisible();
  await editor.goto(`/dashboard/articles/${id}/live`);
  await editor.getByRole('button', { name: 'Make this a live article' }).click();
  await expect(editor.getByText('This article is now live coverage.')).toBeVisible();
  return { id, slug: slugOf(headline), headline };
}

/** A reader in their own browser context; with JavaScript, returns once the live stream has answered. */
async function readerPage(browser: Browser, path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const stream = options.javaScriptEnabled === false ? null : page.waitForResponse((r) => r.url().includes('/live/stream'));
  await page.goto(path);
  await stream;
  return page;
}

test('a reader sees entries posted, pinned, marked, edited, deleted and the end, without reloading', async ({ page: editor, browser }) => {
  // Many steps, each a round trip through the dashboard: generous for a loaded machine (latency is the bench's).
  test.setTimeout(240_000);
  await signIn(editor, 'editor');
  const { slug } = await liveArticle(editor, 'Harbour storm live');

  const reader = await readerPage(browser, `/news/${slug}`);
  await expect(reader.getByText('Updates appear here as they are posted.')).toBeVisible();
  await expect(reader.getByTestId('live-header-badge')).toHaveText('Live');
  // Mark the document: a reload would lose the mark.
  await reader.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
  const arrivals: number[] = [];
  const seen = async (locator: ReturnType<Page['locator']>) => {
    const start = Date.now();
    await expect(locator).toBeVisible();
    arrivals.push(Date.now() - start);
  };

  await post(editor, 'Harbour gates are closing now.');
  await seen(reader.locator('.live-entries').getByText('Harbour gates are closing now.'));

  await post(editor, 'Ferry services suspended until further notice.', { headline: 'Ferries stop', keyEvent: true });
  await seen(reader.locator('.live-entries').getByText('Ferry services suspended until further notice.'));
  await expect(reader.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: 'Ferries stop' })).toBeVisible();

  await post(editor, 'Sandbags at the Quayside depot until ten tonight.', { pinned: true });
  await seen(reader.locator('.live-pinned').getByText('Sandbags at the Quayside depot until ten tonight.'));
  // The pinned entry comes first on the page, before the newest-first list.
  const order = await reader.locator('.live-entry').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(order[0]).toContain('Sandbags');
  expect(order[1]).toContain('Sandbags');
  expect(order[2]).toContain('Ferry services');

  // A reader further down the page is not moved: new entries wait behind a button.
  await reader.setViewportSize({ width: 800, height: 300 });
  await reader.locator('.site-footer, footer').last().scrollIntoViewIfNeeded();
  await post(editor, 'Wind gusts of ninety kilometres an hour at the pier.');
  const button = reader.getByRole('button', { name: '1 new update' });
  await seen(button);
  await expect(reader.locator('.live-entries').getByText('Wind gusts of ninety')).toHaveCount(0);
  await expect(reader.getByRole('status').filter({ hasText: '1 new update' })).toHaveCount(1);
  await button.click();
  await expect(reader.locator('.live-entries').getByText('Wind gusts of ninety kilometres an hour at the pier.')).toBeVisible();

  // Edited in place, marked as updated.
  const first = editor.locator('.live-composer-entries li').filter({ hasText: 'Harbour gates are closing now.' });
  await first.getByRole('button', { name: /^Edit entry/ }).click();
  await entryText(editor).click();
  await editor.keyboard.press('End');
  await editor.keyboard.type(' Update: all gates are shut.');
  await editor.getByRole('button', { name: 'Save entry' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Entry updated.' })).toBeVisible();
  const edited = reader.locator('.live-entries .live-entry').filter({ hasText: 'Update: all gates are shut.' });
  await seen(edited);
  await expect(edited.getByText(/^Updated/)).toBeVisible();
  await expect(reader.locator('.live-entries').getByText('Harbour gates are closing now.', { exact: true })).toHaveCount(0);

  // Deleted: gone from the reader's page.
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor
    .locator('.live-composer-entries li')
    .filter({ hasText: 'Wind gusts' })
    .getByRole('button', { name: /^Delete entry/ })
    .click();
  await expect(editor.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
  const deletedStart = Date.now();
  await expect(reader.locator('.live-entries').getByText('Wind gusts')).toHaveCount(0);
  arrivals.push(Date.now() - deletedStart);

  // Ended.
  await editor.getByRole('button', { name: 'End the coverage' }).click();
  await seen(reader.getByTestId('live-ended'));
  // The header badge of the open page stops saying "Live" too.
  await expect(reader.getByTestId('live-header-badge')).toHaveText('Live coverage ended');

  expect(await reader.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);
  // Timing budgets belong to the benchmark (bench/live.ts); the arrivals are recorded for the report.
  test.info().annotations.push({ type: 'arrival-ms', description: arrivals.join(', ') });
  console.log(`live arrivals (ms after the editor's confirmation): ${arrivals.join(', ')}`);

  // A fresh reader (and one without JavaScript) gets the same state from the server.
  const noJs = await readerPage(browser, `/news/${slug}`, { javaScriptEnabled: false });
  await expect(noJs.getByText('This live coverage has ended.')).toBeVisible();
  await expect(noJs.locator('.live-pinned').getByText('Sandbags at the Quayside depot')).toBeVisible();
  await expect(noJs.locator('.live-entries').getByText('Update: all gates are shut.')).toBeVisible();
  await expect(noJs.getByText('Wind gusts')).toHaveCount(0);
  await expect(noJs.getByRole('link', { name: 'Ferries stop' })).toHaveAttribute('href', /^#entry-/);
  await noJs.context().close();
  await reader.context().close();
});

test('a browser that was away catches up on what it missed', async ({ page: editor, browser }) => {
  test.setTimeout(120_000);
  await signIn(editor, 'editor');
  const { slug } = await liveArticle(editor, 'Council vote live');
  const reader = await readerPage(browser, `/news/${slug}`);
  await expect(reader.getByText('Updates appear here as they are posted.')).toBeVisible();
  // Going offline closes the stream; entries posted meanwhile arrive when the browser is back.
  await reader.context().setOffline(true);
  await post(editor, 'The vote is delayed by half an hour.');
  await reader.context().setOffline(false);
  await reader.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(reader.locator('.live-entries').getByText('The vote is delayed by half an hour.')).toBeVisible();
  const response = await reader.request.get(`/news/${slug}/live/updates?since=0`);
  expect(response.status()).toBe(200);
  const update = (await response.json()) as { changes: { kind: string; entry?: { text: string } }[] };
  expect(update.changes.map((c) => c.entry?.text)).toContain('The vote is delayed by half an hour.');
  await reader.context().close();
});

test('bad entries are refused with a clear message, and contributors cannot post to a published live article', async ({ page: editor, browser }) => {
  test.setTimeout(120_000);
  await signIn(editor, 'editor');
  const { id } = await liveArticle(editor, 'Bad input live');
  await editor.getByRole('button', { name: 'Post entry' }).click();
  await expect(editor.getByText('The entry is empty: write some text or add a picture before posting.').first()).toBeVisible();
  await entryText(editor).click();
  await editor.keyboard.insertText('x'.repeat(5001));
  await editor.getByRole('button', { name: 'Post entry' }).click();
  await expect(editor.getByText(/The entry is too long \(5,001 characters; the limit is 5,000\)/).first()).toBeVisible();

  const context = await browser.newContext();
  const contributor = await context.newPage();
  await signIn(contributor, 'contributor');
  const response = await contributor.goto(`/dashboard/articles/${id}/live`);
  // Contributors cannot even see another person's article.
  expect(response?.status()).toBe(404);
  await context.close();
});

test('the demo live article: badge on the home page, key events, pinned entry, JSON-LD, feed and share pages', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.card').filter({ hasText: 'River Kessen high water' }).first();
  await expect(card.locator('.live-badge')).toHaveText('Live');
  await card.getByRole('link').first().click();
  await page.waitForURL(/\/news\/river-kessen-high-water-live$/);
  await expect(page.getByRole('navigation', { name: 'Key events' }).getByRole('link')).toHaveCount(2);
  await expect(page.locator('.live-pinned .live-entry')).toHaveCount(1);
  // The seeded dozen (edge.spec posts one more entry to this demo article when it runs first).
  await expect(page.locator('.live-entries .live-entry').filter({ hasNotText: 'Edge reader check' })).toHaveCount(12);

  const ld = (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '';
  const data = (JSON.parse(ld) as Record<string, unknown>[])[0]!;
  expect(data['@type']).toBe('LiveBlogPosting');
  expect(data.coverageStartTime).toBeTruthy();
  expect((data.liveBlogUpdate as unknown[]).filter((u) => !JSON.stringify(u).includes('Edge reader check'))).toHaveLength(12);

  const feedResponse = await page.request.get('/news/river-kessen-high-water-live/live/feed.xml');
  expect(feedResponse.headers()['content-type']).toContain('application/rss+xml');
  const feed = await new Parser().parseString(await feedResponse.text());
  expect((feed.items as unknown[]).filter((i) => !JSON.stringify(i).includes('Edge reader check'))).toHaveLength(12);
  const shareUrl = feed.items[0]!.link!;
  const share = await page.request.get(new URL(shareUrl).pathname);
  expect(share.status()).toBe(200);
  const html = await share.text();
  expect(html).toContain(`<meta property="og:url" content="${shareUrl}"`);
  expect(html).toContain('property="og:description"');
});
