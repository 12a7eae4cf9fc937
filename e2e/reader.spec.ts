// Reader journeys on the public site: every page type, pagination, search, the 404 page, old slugs
// answering with a 308, and the never-public rule for drafts, reviews, scheduled and trashed articles.
import { expect, signIn, test } from './fixtures';
import { CORRECTED_SEED_SLUG, UNPUBLISHED_SEED, articleLinks, getText, writeArticle } from './pages/site';

test('home shows a lead story, the latest list and tag sections, and pages back through the archive', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Top story' }).locator('a[href^="/news/"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest', level: 2 })).toBeVisible();
  expect(await page.locator('.tag-section').count()).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' })).toBeVisible();
  await expect(page.locator('footer')).toContainText('©');
  const homeLinks = await articleLinks(page);

  await page.getByRole('link', { name: 'More stories →' }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news');
  const older = await articleLinks(page);
  expect(older.length).toBeGreaterThan(0);
  // Page 2 continues where the first page stopped: nothing from the front page's latest list repeats.
  // Other specs publish meanwhile, which shifts the lists by one: compare with the front page as it was
  // just before and just after page 2, and one of them must match it exactly.
  const again = await page.context().newPage();
  await again.goto('/');
  const homeAfter = await articleLinks(again);
  await again.close();
  const overlaps = [homeLinks, homeAfter].map((links) => older.filter((href) => links.slice(0, 12).includes(href)));
  expect(overlaps).toContainEqual([]);
  await expect(page.getByRole('navigation', { name: 'Archive pages' }).getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/');

  expect((await page.request.get('/page/1', { maxRedirects: 0 })).status()).toBe(308);
  expect((await page.request.get('/page/999')).status()).toBe(404);
  expect((await page.request.get('/page/abc')).status()).toBe(404);
});

test('an article page has everything a reader needs, with no JavaScript', async ({ browser }) => {
  // Readable with JavaScript off: the page is complete server-rendered HTML.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  expect(response?.status()).toBe(200);
  const article = page.locator('article.article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Harbour Road cycle lane trial to become permanent');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(article.locator('.dek')).toContainText('Cycling on the route has nearly doubled');
  // Bylines link to author pages; published and updated times are machine-readable.
  const byline = article.locator('.article-meta .byline a');
  expect(await byline.count()).toBeGreaterThan(0);
  await expect(byline.first()).toHaveAttribute('href', /^\/author\/[a-z0-9-]+$/);
  const times = await article.locator('.article-meta time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  expect(times).toHaveLength(2);
  for (const t of times) expect(Number.isNaN(Date.parse(t ?? ''))).toBe(false);
  await expect(article.locator('.article-meta')).toContainText('Updated');
  await expect(article.locator('.article-meta')).toContainText('min read');
  // The featured image: responsive, prioritised, captioned.
  const hero = article.locator('.featured-figure img');
  await expect(hero).toHaveAttribute('alt', /\S/);
  await expect(hero).toHaveAttribute('srcset', /\d+w/);
  await expect(hero).toHaveAttribute('sizes', /.+/);
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect(article.locator('.featured-figure figcaption')).toContainText('Harbour Road runs along the seafront');
  // The visible correction note.
  await expect(article.getByRole('complementary', { name: 'Correction or update' })).toContainText('misstated the length of the trial');
  // Body, tags, share links, related stories.
  expect(await article.locator('.article-body p').count()).toBeGreaterThan(2);
  await expect(article.locator('.article-tags a[rel="tag"]').first()).toHaveAttribute('href', /^\/tag\/[a-z0-9-]+$/);
  const share = article.getByRole('navigation', { name: 'Share this article' });
  await expect(share.getByRole('link', { name: 'Share on X' })).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?url=/);
  await expect(share.getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
  await expect(share.getByRole('link', { name: 'Share on LinkedIn' })).toHaveAttribute('href', /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/);
  await expect(share.getByRole('link', { name: 'Share by email' })).toHaveAttribute('href', /^mailto:\?subject=/);
  await expect(share.getByRole('link', { name: 'Copy link' })).toHaveAttribute('href', new RegExp(`/news/${CORRECTED_SEED_SLUG}$`));
  expect(await article.getByRole('region', { name: 'Related stories' }).locator('a[href^="/news/"]').count()).toBeGreaterThan(0);
  // The body ships no script of its own.
  expect(await article.locator('script').count()).toBe(0);
  await context.close();
});

test('published pages come from the cache and set no cookies', async ({ request }) => {
  await request.get(`/news/${CORRECTED_SEED_SLUG}`);
  const again = await request.get(`/news/${CORRECTED_SEED_SLUG}`);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.headers()['set-cookie']).toBeUndefined();
  for (const path of ['/', '/feed.xml', '/sitemap.xml']) {
    await request.get(path);
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  }
});

test('tag and author pages list their stories and link onwards', async ({ page }) => {
  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  const tagLink = page.locator('.article-tags a[rel="tag"]').first();
  const tagName = (await tagLink.textContent())!.trim();
  await tagLink.click();
  await expect(page).toHaveURL(/\/tag\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tagName);
  expect((await articleLinks(page)).length).toBeGreaterThan(0);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/tag\/[a-z0-9-]+\/feed\.xml$/);

  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  const authorLink = page.locator('.article-meta .byline a').first();
  const authorName = (await authorLink.textContent())!.trim();
  await authorLink.click();
  await expect(page).toHaveURL(/\/author\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(authorName);
  await expect(page.locator('.author-header .page-description')).not.toBeEmpty();
  expect((await articleLinks(page)).length).toBeGreaterThan(0);
  // Later pages that do not exist are a 404, as is an author who has published nothing.
  expect((await page.request.get(`${new URL(page.url()).pathname}/page/99`)).status()).toBe(404);
  expect((await page.request.get('/author/nobody-by-this-name')).status()).toBe(404);
  expect((await page.request.get('/tag/no-such-tag')).status()).toBe(404);
});

test('search ranks and highlights matches, and answers empty or odd queries calmly', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByText('Type a word or two above')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('harbour cycle lane');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=harbour\+cycle\+lane/);
  const results = page.locator('.search-results > li');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().getByRole('link')).toHaveAttribute('href', `/news/${CORRECTED_SEED_SLUG}`);
  expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);

  for (const odd of ['"', '&&&', 'a | b', '-', ':*', '🙂', 'x'.repeat(400)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(odd)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  }
  await page.goto('/search?q=zzzzqqqq');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('No stories match');
});

test('unknown pages get a useful 404 inside the site', async ({ page }) => {
  for (const path of ['/news/no-such-story-here', '/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  }
});

test('drafts, articles in review, scheduled and trashed articles are never public', async ({ request }) => {
  const [feed, sitemap, news] = await Promise.all([getText(request, '/feed.xml'), getText(request, '/sitemap.xml'), getText(request, '/news-sitemap.xml')]);
  for (const { slug } of UNPUBLISHED_SEED) {
    expect((await request.get(`/news/${slug}`)).status(), slug).toBe(404);
    expect((await request.get(`/news/${slug}/opengraph-image`)).status(), slug).toBe(404);
    expect(feed.body).not.toContain(slug);
    expect(sitemap.body).not.toContain(slug);
    expect(news.body).not.toContain(slug);
    const words = slug.split('-').slice(0, 3).join(' ');
    const search = await getText(request, `/search?q=${encodeURIComponent(words)}`);
    expect(search.body).not.toContain(`/news/${slug}`);
  }
  // Nor do they show up as related stories or on the home page.
  const home = await getText(request, '/');
  for (const { slug } of UNPUBLISHED_SEED) expect(home.body).not.toContain(slug);
});

test('a renamed article answers its old URL with a 308 to the new one; unpublishing takes both away', async ({ page, browser }) => {
  const stamp = Date.now();
  const first = `slug-journey-${stamp}`;
  const second = `slug-journey-${stamp}-renamed`;
  await signIn(page, 'editor');
  await writeArticle(page, { headline: `Slug journey ${stamp}`, slug: first, body: 'A short story that changes its address.', publish: true });

  // Readers are anonymous: a fresh context with no session.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  expect((await readerPage.request.get(`/news/${first}`)).status()).toBe(200);

  await page.getByLabel('Slug').fill(second);
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByLabel('Slug')).toHaveValue(second);
  await expect
    .poll(async () => {
      const r = await readerPage.request.get(`/news/${first}`, { maxRedirects: 0 });
      return [r.status(), r.headers()['location']];
    })
    .toEqual([308, `/news/${second}`]);
  await readerPage.goto(`/news/${first}`);
  await expect(readerPage).toHaveURL(new RegExp(`/news/${second}$`));
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(`Slug journey ${stamp}`);

  // The editor asks for confirmation (a browser confirm dialog) before unpublishing.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect.poll(async () => (await readerPage.request.get(`/news/${second}`)).status()).toBe(404);
  expect((await readerPage.request.get(`/news/${first}`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await (await readerPage.request.get('/feed.xml')).text()).not.toContain(second);
  await reader.close();
});

test('a new draft is never public: not its URL, the feed, the sitemap or search', async ({ page, request }) => {
  const stamp = Date.now();
  const slug = `draft-never-public-${stamp}`;
  await signIn(page, 'author');
  await writeArticle(page, { headline: `Quokkaflorp draft ${stamp}`, slug, body: `Quokkaflorp ${stamp} is a word only this draft contains.`, publish: false });
  expect((await request.get(`/news/${slug}`)).status()).toBe(404);
  expect((await request.get(`/news/${slug}/opengraph-image`)).status()).toBe(404);
  expect(await (await request.get('/feed.xml')).text()).not.toContain(slug);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(slug);
  const search = await request.get(`/search?q=quokkaflorp`);
  expect(await search.text()).not.toContain(slug);
});
