// The edge cache: a real varnishd with deploy/varnish/byline.vcl in front of the production server
// (which purges it, EDGE_PURGE_URLS in playwright.config.ts). Hits, purges of exactly the affected
// pages after publish, update, unpublish, tag rename and settings change, and nothing private stored
// (staff pages, previews, signed-in requests, responses that set a cookie).
import type { APIRequestContext, Page } from '@playwright/test';
import { findVarnishd, startVarnish, type RunningVarnish } from '../scripts/varnish';
import { edgePort } from './edge-port';
import { expect, signIn, test } from './fixtures';
import { startArticle, slugOf, uniqueHeadline, waitSaved } from './pages/editor';

const installed = Boolean(findVarnishd());
if (!installed && process.env.CI) throw new Error('CI must install varnish and varnish-modules (see .ci/run)');

test.describe.configure({ mode: 'serial' });
test.skip(!installed, 'Varnish is not installed (apt-get install varnish varnish-modules)');

let varnish: RunningVarnish;
let app: string;
const edge = (path: string) => `http://127.0.0.1:${edgePort}${path}`;

/** Purges not yet delivered to the edge, in any of their rounds (/api/health). */
async function owedPurges(): Promise<number> {
  return ((await (await fetch(`${app}/api/health`)).json()) as { edgePurgesOwed: number }).edgePurgesOwed;
}

test.beforeAll(async ({ baseURL }) => {
  // varnishd compiles its configuration with the C compiler: slow on a busy machine.
  test.setTimeout(180_000);
  app = baseURL!;
  varnish = await startVarnish({ listen: { host: '127.0.0.1', port: edgePort }, backends: [{ host: '127.0.0.1', port: Number(new URL(app).port) }], memoryMb: 64 });
  await expect.poll(async () => (await fetch(edge('/.byline-edge/health'))).status, { timeout: 60_000 }).toBe(200);
  // Purges the other specs' writes owed this edge while it was not running arrive once it is (retried
  // with backoff): let them land first, so they do not purge pages the checks below expect stored.
  await expect.poll(owedPurges, { timeout: 90_000, intervals: [1000] }).toBe(0);
});

test.afterAll(async () => {
  await varnish?.stop();
});

/** GETs through the edge as a reader (no cookies): status, whether it was a hit, the body. */
async function viaEdge(request: APIRequestContext, path: string) {
  const response = await request.get(edge(path), { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-cache'], body: await response.text(), location: response.headers()['location'] };
}

/**
 * Loads a page twice so it is stored, and checks the second time was a hit. First waits out the purges
 * still owed (a write's follow-up rounds go out for a few seconds after it), or one of them could land
 * between the two requests.
 */
async function warm(request: APIRequestContext, path: string) {
  await expect.poll(owedPurges, { timeout: 15_000, intervals: [200] }).toBe(0);
  await viaEdge(request, path);
  expect((await viaEdge(request, path)).cache, path).toBe('HIT');
}

/** Waits until the edge serves what a change should show (the purge is asynchronous). */
async function expectEdge(request: APIRequestContext, path: string, check: (r: Awaited<ReturnType<typeof viaEdge>>) => boolean) {
  await expect.poll(async () => check(await viaEdge(request, path)), { timeout: 10_000, message: path }).toBe(true);
}

/** A picture's /media/ address from the home page, read in a tab of its own. */
async function firstMediaPath(opener: Page): Promise<string> {
  const page = await opener.context().newPage();
  await page.goto(edge('/'));
  const src = await page.locator('img[src*="/media/"], img[srcset*="/media/"]').first().getAttribute('src');
  await page.close();
  const match = /\/media\/[^&"\s]+/.exec(decodeURIComponent(src ?? ''));
  if (!match) throw new Error(`no media image on the home page (${src})`);
  return match[0];
}

test('a reader’s second request for each kind of public page is served by the edge', async ({ request, page }) => {
  const home = await viaEdge(request, '/');
  const article = /href="(\/news\/[a-z0-9-]+)"/.exec(home.body)![1]!;
  const tag = /href="(\/tag\/[a-z0-9-]+)"/.exec(home.body)![1]!;
  for (const path of ['/', article, `${article}/opengraph-image`, tag, `${tag}/feed.xml`, '/feed.xml', '/sitemap.xml', '/robots.txt', await firstMediaPath(page)]) {
    await warm(request, path);
  }
  // Tracking parameters on a shared link do not make a new cache entry.
  expect((await viaEdge(request, `${article}?utm_source=social&fbclid=abc`)).cache).toBe('HIT');
});

test('publish, update and unpublish purge the affected pages, and only those', async ({ page, request }) => {
  const headline = uniqueHeadline('Edge test harbour lights');
  const tagName = `Edge ${Date.now().toString(36)}`;
  await signIn(page, 'editor');
  await startArticle(page, headline, 'The harbour lights were switched on at dusk.');
  await page.getByLabel('Add a tag').fill(tagName);
  await page.getByRole('button', { name: `Create tag “${tagName}”` }).click();
  await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(tagName);
  await waitSaved(page);
  const slug = slugOf(headline);
  const tagSlug = slugOf(tagName);

  const media = await firstMediaPath(page);
  // A story already out (the one a viral spike would be on): a first publish elsewhere leaves it stored.
  // A demo story no spec changes.
  const other = '/news/council-open-data-portal';
  for (const path of ['/', '/feed.xml', `/news/${slug}`, other, '/robots.txt', '/opengraph-image', media]) await warm(request, path);
  expect((await viaEdge(request, `/news/${slug}`)).status).toBe(404);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();
  await expectEdge(request, `/news/${slug}`, (r) => r.status === 200 && r.body.includes(headline));
  await expectEdge(request, '/', (r) => r.body.includes(headline));
  await expectEdge(request, '/feed.xml', (r) => r.body.includes(headline));
  await expectEdge(request, `/tag/${tagSlug}`, (r) => r.status === 200 && r.body.includes(headline));
  // Pages the article does not appear on stay stored.
  for (const path of ['/robots.txt', '/opengraph-image', media, other]) expect((await viaEdge(request, path)).cache, path).toBe('HIT');

  // An update to the public copy: the new headline replaces the old one at the edge.
  await warm(request, `/news/${slug}`);
  const updated = `${headline} tonight`;
  await page.getByLabel('Headline').fill(updated);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Updated. Readers now see these changes.')).toBeVisible();
  await expectEdge(request, `/news/${slug}`, (r) => r.body.includes(updated));
  await expectEdge(request, '/', (r) => r.body.includes(updated));
  // A new headline changes what related lists on other article pages show: those are purged too. Polled:
  // the first publish's follow-up rounds may have refreshed the two pages above before this update's own
  // purge went out, and the first request after a purge is the one that misses.
  await expectEdge(request, other, (r) => r.cache === 'MISS');

  // Unpublished: gone from the edge too.
  await warm(request, `/news/${slug}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText('Unpublished: readers can no longer see it.')).toBeVisible();
  await expectEdge(request, `/news/${slug}`, (r) => r.status === 404);
  await expectEdge(request, '/feed.xml', (r) => !r.body.includes(updated));
  expect((await viaEdge(request, media)).cache).toBe('HIT');
});

test('a tag rename and a settings change purge what show them', async ({ page, request }) => {
  const tagName = `Edge rename ${Date.now().toString(36)}`;
  const headline = uniqueHeadline('Edge test ferry timetable');
  await signIn(page, 'admin');
  await startArticle(page, headline, 'The winter timetable starts on Monday.');
  await page.getByLabel('Add a tag').fill(tagName);
  await page.getByRole('button', { name: `Create tag “${tagName}”` }).click();
  await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(tagName);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();
  const slug = slugOf(headline);
  const media = await firstMediaPath(page);
  await expectEdge(request, `/news/${slug}`, (r) => r.status === 200);
  for (const path of [`/news/${slug}`, `/tag/${slugOf(tagName)}`, `/news/${slug}/opengraph-image`, '/robots.txt', media]) await warm(request, path);

  // The list is paged: find the tag by name.
  await page.goto(`/dashboard/tags?q=${encodeURIComponent(tagName)}`);
  const renamed = `${tagName} renamed`;
  await page.getByText(`Rename or describe “${tagName}”`).click();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Save tag' }) }).filter({ has: page.locator(`input[value="${tagName}"]`) });
  await form.getByLabel('Name').fill(renamed);
  await form.getByLabel('Slug').fill(slugOf(renamed));
  await form.getByRole('button', { name: 'Save tag' }).click();
  await expect(page.getByText(`Rename or describe “${renamed}”`)).toBeVisible();
  await expectEdge(request, `/tag/${slugOf(renamed)}`, (r) => r.status === 200 && r.body.includes(renamed));
  await expectEdge(request, `/news/${slug}`, (r) => r.body.includes(renamed));
  await expectEdge(request, `/tag/${slugOf(tagName)}`, (r) => r.status === 308 && (r.location ?? '').endsWith(`/tag/${slugOf(renamed)}`));
  // What does not show the tag's name stays stored. (The article's Open Graph image shares the article's
  // slug key, which the rename purges because the page shows the tag: refetched, not wrong.)
  for (const path of [media, '/robots.txt']) expect((await viaEdge(request, path)).cache, path).toBe('HIT');

  // The copyright line is in every page's footer: every page goes, media stay.
  await warm(request, '/');
  const line = `© Edge test ${Date.now().toString(36)}`;
  await page.goto('/dashboard/settings');
  await page.getByLabel('Copyright line').fill(line);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  await expectEdge(request, '/', (r) => r.body.includes(line));
  await expectEdge(request, `/news/${slug}`, (r) => r.body.includes(line));
  expect((await viaEdge(request, media)).cache).toBe('HIT');
});

test('no staff page, preview, sign-in page or signed-in response is stored at the edge', async ({ page }) => {
  await signIn(page, 'editor');
  const id = await startArticle(page, uniqueHeadline('Edge test private draft'));
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  for (const path of ['/dashboard', `/dashboard/articles/${id}`, `/preview/${id}`, '/login', '/api/auth/session']) {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(edge(path), { headers: { cookie: cookies }, redirect: 'manual' });
      expect(response.headers.get('x-cache'), path).toBe('MISS');
    }
  }
  // The draft preview really reached the signed-in editor through the edge, and no reader sees it.
  const preview = await fetch(edge(`/preview/${id}`), { headers: { cookie: cookies }, redirect: 'manual' });
  expect(preview.status).toBe(200);
  const anonymous = await fetch(edge(`/preview/${id}`), { redirect: 'manual' });
  expect(anonymous.status).toBe(307);
});

test('a signed-in reader gets the stored public page, and no response that sets a cookie is stored', async ({ page, request }) => {
  await signIn(page, 'editor');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await warm(request, '/');
  // The session cookie does not reach the app (it would split the cache): the reader's stored copy is served, setting nothing.
  const signedIn = await fetch(edge('/'), { headers: { cookie } });
  expect(signedIn.headers.get('x-cache')).toBe('HIT');
  expect(signedIn.headers.get('set-cookie')).toBeNull();
  // Auth.js answers these with a cookie: every request goes to the app, and no copy is kept.
  const seen: { cache: string | null; setsCookie: boolean }[] = [];
  for (const path of ['/api/auth/csrf', '/api/auth/csrf', '/login', '/login']) {
    const response = await fetch(edge(path), { redirect: 'manual' });
    seen.push({ cache: response.headers.get('x-cache'), setsCookie: response.headers.has('set-cookie') });
    await response.arrayBuffer();
  }
  expect(seen.some((r) => r.setsCookie)).toBe(true);
  expect(seen.every((r) => r.cache === 'MISS')).toBe(true);
});

test('live coverage through the edge: the stream is piped unbuffered, the page and catch-up endpoint are cached and purged per entry', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const demo = '/news/river-kessen-high-water-live';
  await warm(request, demo);
  await warm(request, `${demo}/live/updates?since=0`);
  const stream = await fetch(edge(`${demo}/live/stream`));
  expect(stream.headers.get('content-type')).toContain('text/event-stream');
  expect(stream.headers.get('x-cache')).toBeNull(); // piped: Varnish adds nothing, stores nothing
  await stream.body?.cancel();

  // A reader through the edge, an editor posting straight to the app.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const opened = reader.waitForResponse((r) => r.url().includes('/live/stream'));
  await reader.goto(edge(demo));
  await opened;
  await signIn(page, 'editor');
  await page.goto('/dashboard?q=River%20Kessen');
  await page.locator('a.live-badge').first().click();
  const line = `Edge reader check ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Entry text' }).click();
  await page.keyboard.type(line);
  await page.getByRole('button', { name: 'Post entry' }).click();
  await expect(reader.locator('.live-entries').getByText(line)).toBeVisible();
  await expectEdge(request, demo, (r) => r.body.includes(line));
  await expectEdge(request, `${demo}/live/updates?since=0`, (r) => r.body.includes(line));
  await readerContext.close();
});
