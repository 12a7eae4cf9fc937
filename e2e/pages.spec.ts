// Standalone pages: an editor writes one in the article editor and publishes it at /<slug>; a slug the
// site already answers is refused next to the field; a draft page is not public; the sitemap lists the
// page; an admin puts it in the footer menu and reorders it, and the footer follows.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { bodyEditor, slugOf, uniqueHeadline, waitSaved } from './pages/editor';

const DEMO_FOOTER = ['About us', 'Contact', 'Ethics policy', 'Corrections policy'];

async function newPage(page: Page, headline: string, text: string) {
  await page.goto('/dashboard/pages');
  await page.getByRole('button', { name: 'New page' }).click();
  await page.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
  await expect(bodyEditor(page)).toBeVisible();
  await page.getByLabel('Headline').fill(headline);
  await bodyEditor(page).click();
  await page.keyboard.type(text);
  await waitSaved(page);
}

const footerLinks = (page: Page) => page.getByRole('navigation', { name: 'About this site' }).getByRole('link');
/** The footer's links on a fresh load of `path`, as a reader reloading would see them. */
async function footerOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return footerLinks(page).allTextContents();
}

test.describe.configure({ mode: 'serial' });

test('an editor writes and publishes a page at /<slug>; reserved slugs and drafts stay out; the sitemap lists it; an admin orders the footer', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  const headline = uniqueHeadline('Our standards');
  const slug = slugOf(headline);
  await newPage(page, headline, 'How the newsroom checks its facts.');

  // Pages have no dek, tags, bylines or correction note; the slug hint shows the top-level address.
  await expect(page.getByLabel('Dek')).toHaveCount(0);
  await expect(page.getByLabel('Correction or update note')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Page settings' })).toBeVisible();
  await expect(page.locator('.field-hint').filter({ hasText: `/${slug}` }).first()).not.toContainText('/news/');

  // A slug the site already answers is refused, next to the field.
  await page.getByLabel('Slug').fill('search');
  await expect(page.locator('[data-field-error="slug"]')).toHaveText('/search is already an address of the site: choose another slug for this page.');
  await page.getByRole('button', { name: 'Make it from the headline again' }).click();
  await expect(page.getByLabel('Slug')).toHaveValue(slug);
  await waitSaved(page);

  // Still a draft: not public.
  expect((await request.get(`/${slug}`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();

  // Readers: a simple page, canonical at /<slug>, dateModified in its metadata, no byline or date line.
  const reader = await browser.newPage();
  const response = await reader.goto(`/${slug}`);
  expect(response!.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(reader.locator('.article-body')).toContainText('How the newsroom checks its facts.');
  await expect(reader.locator('.article-meta')).toHaveCount(0);
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${slug}$`));
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'WebPage', name: headline });
  expect(Date.parse(jsonLd.dateModified)).toBeGreaterThan(Date.now() - 600_000);
  // Never a news article, nor on the home page.
  expect((await request.get(`/news/${slug}`)).status()).toBe(404);
  expect(await (await request.get('/')).text()).not.toContain(headline);

  // The sitemap lists it (and /corrections).
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]+/${slug}</loc>`));
  expect(sitemap).toMatch(/<loc>[^<]+\/corrections<\/loc>/);

  // A second page left as a draft is not public.
  const draftHeadline = uniqueHeadline('Draft advertising terms');
  await newPage(page, draftHeadline, 'Not ready yet.');
  expect((await request.get(`/${slugOf(draftHeadline)}`)).status()).toBe(404);

  // An admin puts the page in the footer, first, then moves it to the end.
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/dashboard/settings');
  const form = admin.locator('form.footer-menu-form');
  await expect(form.getByRole('list', { name: 'Footer pages' }).getByRole('listitem')).toHaveCount(DEMO_FOOTER.length);
  await form.getByLabel('Add a published page').selectOption({ label: headline });
  await expect(form.getByLabel('Add a published page').locator('option', { hasText: draftHeadline })).toHaveCount(0);
  await form.getByRole('button', { name: 'Add to footer' }).click();
  for (let i = 0; i < DEMO_FOOTER.length; i++) await form.getByRole('button', { name: `Move ${headline} up` }).click();
  await form.getByRole('button', { name: 'Save footer menu' }).click();
  await expect(form.getByRole('status')).toHaveText('Footer menu saved.');
  await expect.poll(() => footerOn(reader, '/')).toEqual([headline, ...DEMO_FOOTER]);
  await expect(footerLinks(reader).first()).toHaveAttribute('href', `/${slug}`);

  for (let i = 0; i < DEMO_FOOTER.length; i++) await form.getByRole('button', { name: `Move ${headline} down` }).click();
  await form.getByRole('button', { name: 'Save footer menu' }).click();
  await expect(form.getByRole('status')).toHaveText('Footer menu saved.');
  await expect.poll(() => footerOn(reader, `/${slug}`)).toEqual([...DEMO_FOOTER, headline]);

  // Back to the demo footer, for the other specs.
  await form.getByRole('button', { name: `Remove ${headline}` }).click();
  await form.getByRole('button', { name: 'Save footer menu' }).click();
  await expect(form.getByRole('status')).toHaveText('Footer menu saved.');
  await expect.poll(() => footerOn(reader, '/')).toEqual(DEMO_FOOTER);
});
