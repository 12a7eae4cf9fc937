// Publish-to-visible and unpublish-to-gone: an editor presses the button in a real browser; we time
// from the moment the request leaves the browser until every watched page shows (or no longer shows)
// the article, read directly from the app or through an edge cache in front of it.
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../e2e/chromium';
import { demoStaff } from '../e2e/fixtures';
import { fetchOnce } from './load';

/** `actionMs`: when the editor's browser had the step's answer (the rest is cache expiry, purge and refetch). */
export type PublishTiming = { articleMs: number; homeMs: number; feedMs: number; allMs: number; tagMs?: number; actionMs?: number };
export type UnpublishTiming = { articleMs: number; homeMs: number; feedMs: number; allMs: number; actionMs?: number };

export type EditorSession = { page: Page; browser: Browser; close: () => Promise<void> };

/** A Chromium signed in as the demo editor on the app itself (staff never go through the edge). */
export async function openEditor(appUrl: string): Promise<EditorSession> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ baseURL: appUrl });
  // "Unpublish" asks for confirmation; the editor says yes.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoStaff.editor.email);
  await page.getByLabel('Password').fill(demoStaff.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard/);
  return { page, browser, close: () => browser.close() };
}

let lastActionResponse: Promise<string> = Promise.resolve('none yet');
let lastAnsweredAt = 0;

/** Opens the article's editor (unless it is open) and waits until React has hydrated it. */
export async function openArticle(page: Page, articleId: string): Promise<void> {
  if (page.url().endsWith(`/dashboard/articles/${articleId}`)) return;
  await page.goto(`/dashboard/articles/${articleId}`);
  // Typing or clicking before hydration is lost; the body editor becomes editable only then.
  await page.locator('.ProseMirror[contenteditable="true"]').first().waitFor();
}

type SeenRequest = { method: () => string; postData: () => string | null };
/** The workflow action's request (not an autosave or a presence heartbeat to the same URL). */
const isWorkflowStep = (request: SeenRequest) => request.method() === 'POST' && (request.postData() ?? '').includes('"step":"');

/** Presses a workflow button on the article's editor page; resolves with when the step's request left. */
export async function pressWorkflowButton(page: Page, articleId: string, name: string): Promise<() => number> {
  await openArticle(page, articleId);
  const button = page.getByRole('button', { name, exact: true });
  await button.waitFor();
  let sentAt = 0;
  const onRequest = (request: SeenRequest) => {
    if (!sentAt && isWorkflowStep(request)) sentAt = performance.now();
  };
  page.on('request', onRequest);
  // What the step answered, for a clear error when a change never shows.
  lastActionResponse = page
    .waitForResponse((response) => isWorkflowStep(response.request()), { timeout: 20_000 })
    .then(async (response) => {
      lastAnsweredAt = performance.now();
      return `${response.status()} ${(await response.text()).slice(0, 600)}`;
    })
    .catch((error: Error) => `no response: ${error.message}`);
  lastAnsweredAt = 0;
  const clickedAt = performance.now();
  await button.click();
  // Should the click still have been lost (the button is still there, nothing sent), press once more.
  for (let waited = 0; !sentAt && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  if (!sentAt && (await button.isEnabled().catch(() => false))) await button.click({ timeout: 5000 }).catch(() => {});
  return () => {
    page.off('request', onRequest);
    return sentAt || clickedAt;
  };
}

/** Polls each path on `base` until its probe holds; the time each first held. */
export async function timeUntil(base: string, checks: { path: string; probe: (body: string, status: number) => boolean }[], timeoutMs = 15_000): Promise<number[]> {
  const started = performance.now();
  return Promise.all(
    checks.map(async ({ path, probe }) => {
      for (;;) {
        const res = await fetchOnce(`${base}${path}`, { cache: 'no-store', redirect: 'manual' });
        const body = await res.text();
        if (probe(body, res.status)) return performance.now();
        if (performance.now() - started > timeoutMs) {
          throw new Error(`${base}${path} did not change within ${timeoutMs} ms (${res.status}); the last workflow action answered: ${await lastActionResponse}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
}

export async function measurePublishToVisible(
  appUrl: string,
  articleId: string,
  slug: string,
  options: { readerUrl?: string; tagPath?: string; editor?: EditorSession } = {},
): Promise<PublishTiming> {
  const editor = options.editor ?? (await openEditor(appUrl));
  try {
    const sent = await pressWorkflowButton(editor.page, articleId, 'Publish now');
    const checks = [
      { path: `/news/${slug}`, probe: (_b: string, status: number) => status === 200 },
      { path: '/', probe: (b: string) => b.includes(`/news/${slug}`) },
      { path: '/feed.xml', probe: (b: string) => b.includes(`/news/${slug}`) },
      ...(options.tagPath ? [{ path: options.tagPath, probe: (b: string) => b.includes(`/news/${slug}`) }] : []),
    ];
    const [article, home, feed, tag] = await timeUntil(options.readerUrl ?? appUrl, checks);
    const t0 = sent();
    const ms = (t: number) => Math.round(t - t0);
    const all = Math.max(article!, home!, feed!, tag ?? 0);
    return { articleMs: ms(article!), homeMs: ms(home!), feedMs: ms(feed!), ...(tag ? { tagMs: ms(tag) } : {}), allMs: ms(all), ...answered(t0) };
  } finally {
    if (!options.editor) await editor.close();
  }
}

export async function measureUnpublishToGone(
  appUrl: string,
  articleId: string,
  slug: string,
  options: { readerUrl?: string; editor?: EditorSession } = {},
): Promise<UnpublishTiming> {
  const editor = options.editor ?? (await openEditor(appUrl));
  try {
    const sent = await pressWorkflowButton(editor.page, articleId, 'Unpublish');
    const [article, home, feed] = await timeUntil(options.readerUrl ?? appUrl, [
      { path: `/news/${slug}`, probe: (_b, status) => status === 404 },
      { path: '/', probe: (b) => !b.includes(`/news/${slug}`) },
      { path: '/feed.xml', probe: (b) => !b.includes(`/news/${slug}`) },
    ]);
    const t0 = sent();
    const ms = (t: number) => Math.round(t - t0);
    return { articleMs: ms(article!), homeMs: ms(home!), feedMs: ms(feed!), allMs: ms(Math.max(article!, home!, feed!)), ...answered(t0) };
  } finally {
    if (!options.editor) await editor.close();
  }
}

/** When the last step's answer reached the browser, if it did before the pages changed. */
function answered(t0: number): { actionMs?: number } {
  return lastAnsweredAt ? { actionMs: Math.round(lastAnsweredAt - t0) } : {};
}
