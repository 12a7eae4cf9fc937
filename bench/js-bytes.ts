// JavaScript each public page makes a browser download, measured in Chromium (bytes on the wire, gzip).
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/chromium';

export type JsBytes = { url: string; scripts: number; gzipBytes: number; files: string[] };

export async function measureJsBytes(urls: string[]): Promise<JsBytes[]> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results: JsBytes[] = [];
  try {
    for (const url of urls) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
      const page = await context.newPage();
      const pending: Promise<{ file: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() !== 'script') return;
        pending.push(request.sizes().then((s) => ({ file: new URL(request.url()).pathname, bytes: s.responseBodySize })));
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const scripts = await Promise.all(pending);
      results.push({ url, scripts: scripts.length, gzipBytes: scripts.reduce((a, s) => a + s.bytes, 0), files: scripts.map((s) => s.file).sort() });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
