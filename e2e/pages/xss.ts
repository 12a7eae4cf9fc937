// The XSS corpus's payloads and its detector: a hook that records any script execution, the markup that
// would only exist if a payload became HTML, and a check that runs once per loaded page (not once per payload).
import type { Page } from '@playwright/test';

/** Each payload calls alert(<n>) if it ever runs; markers (data-xss, xss-marker) show injected markup. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2) data-xss>',
  '<svg onload=alert(3) data-xss>',
  '"><script>alert(4)</script>',
  "'><img src=x onerror=alert(5) data-xss>",
  'javascript:alert(6)',
  '</script><script>alert(7)</script>',
  '<iframe src="javascript:alert(8)" data-xss></iframe>',
  '<a href="javascript:alert(9)" data-xss>x</a>',
  '&lt;script&gt;alert(10)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(11) data-xss&#62;',
  '<body onload=alert(12)>',
  '<details open ontoggle=alert(13) data-xss>',
  '" onmouseover="alert(14)" data-xss="',
  "' autofocus onfocus='alert(15)' data-xss='",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(16) data-xss>',
  'data:text/html,<script>alert(17)</script>',
  '<object data="data:text/html,<script>alert(18)</script>" data-xss>',
  "<style>@import 'javascript:alert(19)'</style>",
  "{{constructor.constructor('alert(20)')()}}",
  ']]><script>alert(21)</script>',
  '<![CDATA[<script>alert(22)</script>]]>',
  '\u2028\u2029</script><script>alert(23)</script>',
  '<!--<script>alert(24)</script>-->',
  '<xss-marker onclick=alert(25)>x</xss-marker>',
  '%3Cscript%3Ealert(26)%3C/script%3E',
  '<img src="x" onerror="&#97;lert(27)" data-xss>',
  '<svg><script>alert(28)</script></svg>',
  '<base href="javascript:alert(29)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(30)">',
  '<input onfocus=alert(31) autofocus data-xss>',
  '\\"-alert(32)-\\"',
];

export const HOOK = `window.__xssHits = []; for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (v) => window.__xssHits.push(name + ':' + String(v));`;

/** Injected elements or attributes that would only exist if a payload became markup. */
const INJECTED = [
  '[data-xss]',
  'xss-marker',
  'iframe',
  'object',
  'embed',
  'details',
  'math',
  'body svg[onload]',
  'base',
  'meta[http-equiv="refresh" i]',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onmouseover]',
  '[onfocus]',
  '[ontoggle]',
  'a[href^="javascript:" i]',
  '[src^="javascript:" i]',
  '[src^="data:text/html" i]',
  'input[autofocus]',
].join(', ');

export type Finding = { surface: string; payload: number; problem: string };

/**
 * Records what ran and what was injected on a loaded page. Handlers an injected element would run
 * (onerror, onload, autofocus, ontoggle) fire by the rendering steps after `load`: the check waits for
 * two animation frames and a task, a condition rather than a fixed time. An injected element inside a
 * `[data-n]` block is reported against that payload (batched pages hold many).
 */
export async function inspect(page: Page, surface: string, payload: number, findings: Finding[]) {
  await page.waitForLoadState('load');
  const result = await page.evaluate(
    (selector) =>
      new Promise<{ hits: string[]; injected: { n: number; html: string }[] }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve({
                hits: (window as unknown as { __xssHits?: string[] }).__xssHits ?? ['hook missing'],
                injected: [...document.querySelectorAll(selector)].map((e) => ({
                  n: Number(e.closest('[data-n]')?.getAttribute('data-n') ?? 0),
                  html: e.outerHTML.slice(0, 100),
                })),
              }),
            ),
          ),
        ),
      ),
    INJECTED,
  );
  if (result.hits.length) findings.push({ surface, payload, problem: `executed: ${result.hits.join(', ')}` });
  for (const { n, html } of result.injected) findings.push({ surface, payload: n || payload, problem: `markup: ${html}` });
}

/** Renders many feed fields as a reader would (as HTML), each in its own block, in one blank page with the hook. */
export async function renderAsReader(page: Page, fields: { n: number; html: string }[], surface: string, findings: Finding[]) {
  const blocks = fields.map(({ n, html }) => `<div class="field" data-n="${n}">${html}</div>`).join('\n');
  await page.setContent(`<!doctype html><html><head><script>${HOOK}</script></head><body>${blocks}</body></html>`);
  await inspect(page, surface, 0, findings);
}

/** The text each rendered block reads as, by payload number. */
export async function renderedTexts(page: Page): Promise<Map<number, string>> {
  const texts = await page.locator('div.field').evaluateAll((divs) => divs.map((d) => [Number(d.getAttribute('data-n')), d.textContent ?? ''] as const));
  return new Map(texts);
}

/** Runs `work` over `items` on all lanes at once (each lane keeps its own browser page). */
export async function inLanes<T, L>(items: T[], lanes: L[], work: (item: T, lane: L) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(lanes.map(async (lane) => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item, lane);
  }));
}
