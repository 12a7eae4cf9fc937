// The authorization matrix over HTTP: every dashboard page, the preview and the upload route, for an
// anonymous visitor, each role and a disabled account. Refusals are decided on the server.
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, signIn, test, type DemoRole } from './fixtures';
import { pngBuffer, startArticle, uniqueHeadline } from './pages/editor';
import { createAccount, staffCard } from './pages/staff';

type Outcome = 'ok' | 'login' | 'not-allowed' | 'not-found';
type Who = 'anonymous' | DemoRole | 'disabled';

// A contributor's own draft, created once for the whole matrix (serial: later tests read it).
test.describe.configure({ mode: 'serial' });
let draftId = '';

test.beforeAll(async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'contributor');
  draftId = await startArticle(page, uniqueHeadline('Matrix draft'));
  await page.context().close();
});

const pages = (id: string): { path: string; expect: Record<Who, Outcome> }[] => {
  const everyone: Record<Who, Outcome> = { anonymous: 'login', disabled: 'login', contributor: 'ok', author: 'ok', editor: 'ok', admin: 'ok' };
  const adminOnly: Record<Who, Outcome> = { ...everyone, contributor: 'not-allowed', author: 'not-allowed', editor: 'not-allowed' };
  // Another person's draft: its owner and editors open it; an author who does not own it gets a 404.
  const ownedDraft: Record<Who, Outcome> = { ...everyone, author: 'not-found' };
  return [
    { path: '/dashboard', expect: everyone },
    { path: '/dashboard/articles/new', expect: everyone },
    { path: '/dashboard/tags', expect: everyone },
    { path: '/dashboard/media', expect: everyone },
    { path: '/dashboard/profile', expect: everyone },
    { path: '/dashboard/staff', expect: adminOnly },
    { path: '/dashboard/settings', expect: adminOnly },
    { path: `/dashboard/articles/${id}`, expect: ownedDraft },
    { path: `/dashboard/articles/${id}/revisions`, expect: ownedDraft },
    { path: `/preview/${id}`, expect: ownedDraft },
  ];
};

async function outcomeOf(page: Page, path: string): Promise<Outcome> {
  const response = await page.goto(path);
  if (new URL(page.url()).pathname === '/login') return 'login';
  if (response?.status() === 404) return 'not-found';
  if (await page.getByRole('heading', { name: 'Not allowed' }).isVisible()) return 'not-allowed';
  expect(response?.status(), `${path} answered`).toBe(200);
  return 'ok';
}

async function uploadStatus(request: APIRequestContext): Promise<number> {
  const response = await request.post('/api/media', {
    multipart: { file: { name: 'matrix.png', mimeType: 'image/png', buffer: await pngBuffer('#884422', 200, 120) } },
  });
  return response.status();
}

async function disabledSession(browser: Browser): Promise<Page> {
  const account = await createAccount(browser, 'editor', 'Matrix disabled');
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/dashboard/staff');
  await staffCard(admin, account.email).getByRole('button', { name: `Disable ${account.name}` }).click();
  await expect(staffCard(admin, account.email)).toContainText('Disabled');
  await admin.context().close();
  return page;
}

const uploads: Record<Who, number> = { anonymous: 401, disabled: 401, contributor: 403, author: 201, editor: 201, admin: 201 };

for (const who of ['anonymous', 'contributor', 'author', 'editor', 'admin', 'disabled'] as const) {
  test(`pages and uploads as ${who}`, async ({ browser }) => {
    const page = who === 'disabled' ? await disabledSession(browser) : await (await browser.newContext()).newPage();
    if (who !== 'anonymous' && who !== 'disabled') await signIn(page, who);
    for (const { path, expect: expected } of pages(draftId)) {
      expect(await outcomeOf(page, path), `${who} → ${path}`).toBe(expected[who]);
    }
    expect(await uploadStatus(page.request), `${who} → POST /api/media`).toBe(uploads[who]);
    await page.context().close();
  });
}
