// Issue 14, finding 8: a Content-Security-Policy on every HTML page that blocks injected scripts, while
// cached public pages stay cached; the editor still works under the strict policy.
import { expect, test, signIn } from './fixtures';
import { CORRECTED_SEED_SLUG } from './pages/site';

const PUBLIC_PAGES = ['/', `/news/${CORRECTED_SEED_SLUG}`, '/tag/transport', '/page/2'];

test('cached public pages carry the static policy and still come from the cache', async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    await request.get(path); // warm
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('nonce-');
    // Served from Next's cache, with the same CDN caching as before the policy.
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(response.headers()['cache-control'], path).toMatch(/^s-maxage=\d+, stale-while-revalidate/);
  }
});

test('the public policy, as served, blocks eval and other origins’ scripts and images in Chromium', async ({ page, request }) => {
  const served = await request.get(`/news/${CORRECTED_SEED_SLUG}`);
  const policy = served.headers()['content-security-policy']!;
  // A probe page under exactly that policy, with what an injection that got past escaping would try.
  await page.route('**/csp-probe', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy },
      body: `<!doctype html><html><head><script>
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
        try { window.evalResult = eval('1 + 1'); } catch (e) { window.evalResult = 'blocked'; }
        try { window.fnResult = new Function('return 2')(); } catch (e) { window.fnResult = 'blocked'; }
      </script>
      <script src="http://127.0.0.2:9/injected.js"></script></head>
      <body><img src="http://127.0.0.2:9/leak.png"><object data="http://127.0.0.2:9/x.swf"></object></body></html>`,
    }),
  );
  await page.goto('/csp-probe');
  const result = await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const w = window as unknown as { evalResult: unknown; fnResult: unknown; violations: string[] };
    return { evalResult: w.evalResult, fnResult: w.fnResult, violations: w.violations };
  });
  expect(result.evalResult).toBe('blocked');
  expect(result.fnResult).toBe('blocked');
  expect(result.violations).toEqual(
    expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? http:\/\/127\.0\.0\.2:9\/injected\.js/), expect.stringMatching(/^img-src http:\/\/127\.0\.0\.2:9\/leak\.png/), expect.stringMatching(/^object-src/)]),
  );
  // And the real page under it renders and works.
  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('dynamic pages carry a fresh nonce with strict-dynamic, and an injected inline script does not run', async ({ page, request }) => {
  const first = (await request.get('/login')).headers()['content-security-policy'] ?? '';
  const second = (await request.get('/login')).headers()['content-security-policy'] ?? '';
  expect(first).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}' 'strict-dynamic'/);
  expect(first).not.toBe(second);

  await signIn(page, 'editor');
  await page.goto('/dashboard');
  const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(policy).toContain("'strict-dynamic'");
  // Every script Next rendered carries this response's nonce.
  const html = await (await page.request.get('/dashboard')).text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !/\bnonce="[0-9a-f]{32}"/.test(tag))).toEqual([]);
  // Injected markup: an event handler and a javascript: URL do not run (no 'unsafe-inline' beside a nonce).
  const ran = await page.evaluate(async () => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="window.__handler = true"><a id="js-link" href="javascript:window.__link = true">x</a>';
    document.body.append(box);
    (document.getElementById('js-link') as HTMLAnchorElement).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const w = window as unknown as { __handler?: boolean; __link?: boolean };
    return Boolean(w.__handler || w.__link);
  });
  expect(ran).toBe(false);
  // The dashboard's own scripts run (the page is interactive: the nav responds).
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Typed under the policy.');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Typed under the policy.');
});
