// Page helpers for the article editor: open a new article, type into fields and the Tiptap body,
// wait until the server has stored the shared document, and read the article id from the URL.
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

let sequence = 0;
/** A headline no other test (or earlier run) uses. */
export function uniqueHeadline(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${(sequence++).toString(36)}`;
}

/** The slug the editor derives from a headline (lower-case words joined by hyphens). */
export function slugOf(headline: string): string {
  return headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function bodyEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Article body' });
}

export function saveStatus(page: Page) {
  return page.getByTestId('save-status');
}

export async function waitSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
}

/** Opens a new article from the list's "New article" button (the draft exists at once, at its own address). */
export async function openNewArticle(page: Page) {
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
  await expect(bodyEditor(page)).toBeVisible();
}

/** Starts an article with a headline and one paragraph, waits until it is saved, returns its id. */
export async function startArticle(page: Page, headline: string, paragraph = 'A first paragraph of the story.') {
  await openNewArticle(page);
  await page.getByLabel('Headline').fill(headline);
  await bodyEditor(page).click();
  await page.keyboard.type(paragraph);
  await expect(bodyEditor(page)).toContainText(paragraph);
  await waitSaved(page);
  return articleIdFrom(page);
}

export function articleIdFrom(page: Page): string {
  const match = /\/dashboard\/articles\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`not on an article: ${page.url()}`);
  return match[1]!;
}

/** A small real PNG made in the test (no file on disk). */
export async function pngBuffer(color = '#2f6f9f', width = 640, height = 400): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f2c14e"/></svg>`) }])
    .png()
    .toBuffer();
}
