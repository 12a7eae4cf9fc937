// The site archive from the dashboard: an admin downloads a zip with a manifest, content and media
// files; an editor sees no Export page and gets 403 from the download.
import fs from 'node:fs';
import { openZip } from '../lib/backup/zip-reader';
import { expect, test, signIn } from './fixtures';

test('an admin downloads the site archive from the dashboard', async ({ page }, testInfo) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the archive (.zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^byline-\d{4}-\d\d-\d\d\.zip$/);
  const file = testInfo.outputPath('archive.zip');
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

  const zip = await openZip(file);
  try {
    const manifest = JSON.parse((await zip.read('manifest.json', Infinity, 'too large')).toString());
    expect(manifest).toMatchObject({ format: 'byline-export', version: 1, credentials: false });
    expect(manifest.counts.articles).toBeGreaterThanOrEqual(30);
    const mediaEntries = [...zip.entries.keys()].filter((name) => name.startsWith('media/'));
    expect(mediaEntries.length).toBe(manifest.mediaFiles);
    expect(mediaEntries.length).toBeGreaterThan(0);
    expect((await zip.read(mediaEntries[0]!, Infinity, 'too large')).length).toBeGreaterThan(100);
    // Never a password hash from the dashboard.
    expect((await zip.read('users.jsonl', Infinity, 'too large')).toString()).not.toContain('$argon2');
  } finally {
    zip.close();
  }
});

test('an editor cannot export the site', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Export' })).toHaveCount(0);
  await page.goto('/dashboard/export');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  const response = await page.request.get('/dashboard/export/download');
  expect(response.status()).toBe(403);
  expect(response.headers()['content-type']).toContain('text/plain');
});

test('an anonymous visitor gets no archive', async ({ request }) => {
  const response = await request.get('/dashboard/export/download', { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(response.status());
  expect(response.headers()['content-type'] ?? '').not.toContain('application/zip');
});
