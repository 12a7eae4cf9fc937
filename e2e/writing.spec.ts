// Writing journey, as a new editor would: sign in, write an article with a subheading, a bullet list,
// a link and a captioned image (uploaded here), tag it, publish, and find it on the public site and
// in the feed. Also: a reload mid-typing gives the text back, and two windows editing one article
// end in a conflict notice instead of an overwrite.
import { expect, test, signIn } from './fixtures';
import { bodyEditor, openNewArticle, pngBuffer, saveStatus, slugOf, startArticle, uniqueHeadline, waitSaved } from './pages/editor';

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
  // The first autosave creates the article and moves to its own address; typing carries on where it was.
  await page.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
  await expect(body).toBeFocused();
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

test('a reload mid-typing offers the unsaved text back', async ({ page }) => {
  await signIn(page, 'author');
  await startArticle(page, uniqueHeadline('Ferry timetable changes'));
  page.on('dialog', (dialog) => void dialog.accept());
  await bodyEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed just before the reload.');
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await page.reload();
  await expect(page.getByRole('alertdialog', { name: 'Restore unsaved changes?' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(bodyEditor(page)).toContainText('Typed just before the reload.');
  await waitSaved(page);
  await page.reload();
  await expect(bodyEditor(page)).toContainText('Typed just before the reload.');
  await expect(page.getByRole('alertdialog', { name: 'Restore unsaved changes?' })).toHaveCount(0);
});

test('two windows edit one article: the second save is stopped with a conflict notice', async ({ page, browser }) => {
  const headline = uniqueHeadline('Council budget vote');
  await signIn(page, 'editor');
  await startArticle(page, headline, 'Opening paragraph.');
  const url = page.url();

  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, 'admin');
  await second.goto(url);
  await expect(bodyEditor(second)).toContainText('Opening paragraph.');
  await expect(second.getByText(/also has this article open/)).toBeVisible();

  // The first window saves a newer version...
  await bodyEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Added in the first window.');
  await waitSaved(page);

  // ...so the second window's save, based on the older version, is refused.
  await bodyEditor(second).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' Added in the second window.');
  const notice = second.getByRole('alert').filter({ hasText: 'This article changed while you were editing' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(saveStatus(second)).toHaveText('Not saved: newer version on the server');
  // Nothing lost on either side: the second window keeps its text and can show the other version.
  await expect(bodyEditor(second)).toContainText('Added in the second window.');
  await notice.getByRole('button', { name: 'See their version' }).click();
  await expect(notice.getByRole('article', { name: 'Their version' })).toContainText('Added in the first window.');
  // The first window's text is what is stored.
  await page.reload();
  await expect(bodyEditor(page)).toContainText('Added in the first window.');
  await expect(bodyEditor(page)).not.toContainText('Added in the second window.');
  await other.close();
});
