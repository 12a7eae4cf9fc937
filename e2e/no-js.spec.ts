// Reader pages need no JavaScript and get none of Next's: with JavaScript off a reader reads, follows
// links, searches and reads a live page; with it on, no reader page loads a framework chunk (a live
// article loads its own island only), while staff pages still run the client app.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { LIVE_ARTICLE } from '../lib/demo/content-live';
import { CORRECTED_SEED_SLUG } from './pages/site';
import { liveCoverageScriptPath } from '../lib/core/routes';

test.describe.configure({ mode: 'parallel' });

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader reads an article, follows the navigation, searches and opens a live page', async ({ page }) => {
    await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
    const article = page.locator('article').first();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('Harbour Road cycle lane trial to become permanent');
    expect(await article.locator('p').count()).toBeGreaterThan(2);

    // A section from the header, then a story from it: plain links.
    const sections = page.getByRole('navigation', { name: 'Sections' });
    const section = sections.locator('a[href^="/tag/"]').first();
    const sectionName = (await section.textContent())!.trim();
    await section.click();
    await expect(page).toHaveURL(/\/tag\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionName);
    const story = page.locator('main a[href^="/news/"]').first();
    const storyPath = await story.getAttribute('href');
    await story.click();
    await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Search is a GET form.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('harbour cycle lane');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=harbour\+cycle\+lane/);
    await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveAttribute('href', `/news/${CORRECTED_SEED_SLUG}`);

    // A live page shows its entries as of the render.
    await page.goto(`/news/${LIVE_ARTICLE.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LIVE_ARTICLE.headline);
    const entries = page.locator('ol.live-entries > li');
    expect(await entries.count()).toBeGreaterThan(2);
    await expect(page.getByText('Valley Line riverside section suspended').first()).toBeVisible();
  });
});

/** Every script the page loads until the network is quiet, and its HTML as sent. */
async function scriptsOf(page: Page, url: string): Promise<{ scripts: string[]; html: string }> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  return { scripts, html: (await response?.text()) ?? '' };
}

const READER_PAGES: { name: string; url: string }[] = [
  { name: 'home', url: '/' },
  { name: 'section', url: '/tag/climate' },
  { name: 'author', url: '/author/tomas-reyne' },
  { name: 'article', url: `/news/${CORRECTED_SEED_SLUG}` },
  { name: 'search', url: '/search?q=river' },
];

for (const { name, url } of READER_PAGES) {
  test(`the ${name} page loads no script at all`, async ({ page }) => {
    const { scripts, html } = await scriptsOf(page, url);
    expect(scripts).toEqual([]);
    expect(html).not.toContain('__next_f');
    expect(html).not.toMatch(/<link[^>]+(modulepreload|as="script")/);
  });
}

test('a live article loads its own island and nothing of the framework', async ({ page }) => {
  const { scripts, html } = await scriptsOf(page, `/news/${LIVE_ARTICLE.slug}`);
  expect(scripts).toEqual([liveCoverageScriptPath]);
  expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
});

test('staff pages still run the client app', async ({ page }) => {
  await signIn(page, 'editor');
  const { scripts } = await scriptsOf(page, '/dashboard');
  expect(scripts.some((script) => script.startsWith('/_next/static/chunks/'))).toBe(true);
});
