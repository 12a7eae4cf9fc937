// Writing journey, as a new editor would: sign in, write an article with a subheading, a bullet list,
// a link and a captioned image (uploaded here), tag it, publish, and find it on the public site and
// in the feed. Also: three new tags confirmed quickly are all kept, and the social preview shows the
// body's first lines when there is no excerpt or dek. (Writing together and offline: collab.spec.ts.)
import { expect, test, signIn } from './fixtures';
import { bodyEditor, openNewArticle, pngBuffer, slugOf, startArticle, uniqueHeadline, waitSaved } from './pages/editor';

test('an editor writes, illustrates, tags and publishes an article that readers then find', async ({ page }) => {
  test.setTimeout(120_000);
  const headline = uniqueHeadline('Harbour lights festival returns');
  const tagName = uniqueHeadline('Festivals');
  await signIn(page, 'editor');
  await openNewArticle(page);

  await page.getByLabel('Headline').fill(headline);
  await expect(page.getByLabel('Slug')).toHaveValue(slugOf(headline));
  await page.getByLabel('Dek').fill('Lanterns, music and food stalls line the quay for three nights.');

  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type('The festival opens on Friday evening at the old quay.');
  await page.keyboard.press('Enter');
  // Markdown input rules: "## " makes a subheading, "- " a bullet list.
  await page.keyboard.type('## What to expect');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Lantern parade');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Food stalls');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the programme on the council site');
  // Select "the council site" and link it.
  for (let i = 0; i < 'the council site'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Add link' }).click();
  await page.getByLabel('Link address').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByText('Use a web address (https://…)')).toBeVisible();
  await page.getByLabel('Link address').fill('https://example.org/festival');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a[href="https://example.org/festival"]')).toHaveText('the council site');
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  // An image uploaded from this test, inserted as a captioned figure.
  await page.getByRole('button', { name: 'Insert image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert an image' });
  await dialog.getByLabel('choose a file to upload').setInputFiles({ name: 'lanterns.png', mimeType: 'image/png', buffer: await pngBuffer() });
  const details = page.getByRole('dialog', { name: /Image details/ });
  await details.getByLabel('Alt text').fill('Paper lanterns strung above the quay');
  await details.getByLabel('Caption').fill('Lanterns over the harbour on the opening night');
  await details.getByLabel('Credit').fill('Byline staff');
  await details.getByRole('button', { name: 'Insert image' }).click();
  await expect(body.locator('figure img[src^="/media/"]')).toBeVisible();

  // A new tag, created inline.
  await page.getByLabel('Add a tag').fill(tagName);
  await page.getByRole('button', { name: `Create tag “${tagName}”` }).click();
  await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(tagName);

  await expect(page.getByRole('figure', { name: 'Social preview' })).toContainText(headline);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();

  // The public page, as a reader (no session).
  const slug = slugOf(headline);
  const reader = await page.context().browser()!.newPage();
  const response = await reader.goto(`/news/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(reader.getByRole('heading', { level: 2, name: 'What to expect' })).toBeVisible();
  await expect(reader.locator('.article-body ul li')).toHaveText(['Lantern parade', 'Food stalls']);
  await expect(reader.locator('.article-body a[href="https://example.org/festival"]')).toHaveText('the council site');
  await expect(reader.locator('.article-body figure figcaption')).toContainText('Lanterns over the harbour on the opening night');
  await expect(reader.locator('.article-body figure img')).toHaveAttribute('alt', 'Paper lanterns strung above the quay');
  await expect(reader.getByRole('link', { name: tagName }).first()).toBeVisible();

  const feed = await reader.request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain(headline);
  expect(xml).toContain(`/news/${slug}`);
  await reader.close();
});

test('three new tags confirmed with Enter one after another are all kept', async ({ page }) => {
  await signIn(page, 'editor');
  await startArticle(page, uniqueHeadline('Tags in a hurry'));
  const names = [uniqueHeadline('Quick one'), uniqueHeadline('Quick two'), uniqueHeadline('Quick three')];
  const input = page.getByLabel('Add a tag');
  for (const name of names) {
    await input.fill(name);
    await input.press('Enter');
  }
  const chosen = page.getByRole('list', { name: 'Chosen tags' });
  for (const name of names) await expect(chosen).toContainText(name);
  await waitSaved(page);
  await page.reload();
  for (const name of names) await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(name);
});

test('the social preview shows the first lines of the body when there is no excerpt or dek', async ({ page }) => {
  await signIn(page, 'editor');
  await startArticle(page, uniqueHeadline('Preview from the body'), 'The harbour master said the new pontoon opens in May.');
  const preview = page.getByRole('figure', { name: 'Social preview' });
  await expect(preview).toContainText('The harbour master said the new pontoon opens in May.');
  await expect(preview).not.toContainText('The excerpt or dek appears here');
  await page.getByLabel('Dek').fill('A dek wins over the body.');
  await expect(preview).toContainText('A dek wins over the body.');
});
