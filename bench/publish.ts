// Publish-to-visible: an editor presses "Publish now" in a real browser; we time from the moment the
// publish request leaves the browser until the article page, home and feed all show the article.
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/chromium';
import { demoStaff } from '../e2e/fixtures';

export type PublishTiming = { articleMs: number; homeMs: number; feedMs: number; allMs: number };

export async function measurePublishToVisible(baseUrl: string, articleId: string, slug: string, timeoutMs = 15_000): Promise<PublishTiming> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto('/login');
    await page.getByLabel('Email').fill(demoStaff.editor.email);
    await page.getByLabel('Password').fill(demoStaff.editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`/dashboard/articles/${articleId}`);
    const publish = page.getByRole('button', { name: 'Publish now' });
    await publish.waitFor();
    let sentAt = 0;
    page.on('request', (request) => {
      if (!sentAt && request.method() === 'POST' && request.url().includes(`/dashboard/articles/${articleId}`)) sentAt = performance.now();
    });
    await publish.click();
    const started = performance.now();
    const visible = async (path: string, probe: (body: string, status: number) => boolean) => {
      for (;;) {
        const res = await fetch(`${baseUrl}${path}`, { cache: 'no-store' });
        const body = await res.text();
        if (probe(body, res.status)) return performance.now();
        if (performance.now() - started > timeoutMs) throw new Error(`${path} did not show the article within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const [article, home, feed] = await Promise.all([
      visible(`/news/${slug}`, (_b, status) => status === 200),
      visible('/', (b) => b.includes(`/news/${slug}`)),
      visible('/feed.xml', (b) => b.includes(`/news/${slug}`)),
    ]);
    const t0 = sentAt || started;
    const ms = (t: number) => Math.round(t - t0);
    return { articleMs: ms(article), homeMs: ms(home), feedMs: ms(feed), allMs: ms(Math.max(article, home, feed)) };
  } finally {
    await browser.close();
  }
}
