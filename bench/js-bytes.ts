// What each public page type makes a browser download, measured in Chromium: its JavaScript (bytes on
// the wire, gzip) and everything in all (document, styles, scripts, images, fonts, fetches; bodies as
// sent plus response headers), after the network has gone quiet.
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/chromium';

export type PageWeight = { page: string; url: string; scripts: number; gzipBytes: number; totalBytes: number; requests: number; files: string[] };

/** `pages` maps a page type's name (home, article, …) to its URL. */
export async function measurePageWeights(pages: Record<string, string>): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results: PageWeight[] = [];
  try {
    for (const [name, url] of Object.entries(pages)) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
      const page = await context.newPage();
      const pending: Promise<{ file: string; script: boolean; body: number; headers: number }>[] = [];
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((s) => ({ file: new URL(request.url()).pathname, script: request.resourceType() === 'script', body: s.responseBodySize, headers: s.responseHeadersSize })),
        );
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const all = await Promise.all(pending);
      const scripts = all.filter((r) => r.script);
      results.push({
        page: name,
        url,
        scripts: scripts.length,
        // Scripts' bodies only: what the JavaScript itself costs.
        gzipBytes: scripts.reduce((a, s) => a + s.body, 0),
        totalBytes: all.reduce((a, r) => a + r.body + r.headers, 0),
        requests: all.length,
        files: scripts.map((s) => s.file).sort(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The page-weight table: each page type's scripts, gzipped JavaScript, total bytes, and JavaScript beyond the 404's. */
export function printPageWeights(weights: PageWeight[]) {
  const baseline = weights[0]!;
  console.log('\n| page type | scripts | gzipped JS bytes | JS beyond the 404 | total bytes | requests |');
  console.log('|---|---|---|---|---|---|');
  for (const w of weights) console.log(`| ${w.page} | ${w.scripts} | ${w.gzipBytes} | ${w.gzipBytes - baseline.gzipBytes} | ${w.totalBytes} | ${w.requests} |`);
}
