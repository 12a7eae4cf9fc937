// The live list's string-built HTML: whatever a person typed (headline, key-event title, their name)
// arrives as text, never as markup, in the page and in the HTML each update carries.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { keyEventItemHtml, liveCoverageHtml, liveEntryHtml } from './reader-html';
import type { LiveCoverageView, LiveEntryView } from './types';

const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(2)</script>'\u0000`;

const entry = (over: Partial<LiveEntryView> = {}): LiveEntryView => ({
  id: '7d0b7a52-3c1e-4f61-9a55-0c3a1d1e2f10',
  headline: HOSTILE,
  html: '<p>Water is at 3.9 metres.</p>',
  text: 'Water is at 3.9 metres.',
  pinned: true,
  keyEvent: true,
  author: { id: 'a', name: HOSTILE, slug: 'tomas-reyne' },
  postedAt: '2026-12-07T18:58:00.000Z',
  editedAt: '2026-12-07T19:02:00.000Z',
  change: 3,
  ...over,
});

/** What an HTML parser builds from `html`: every element and attribute name in it. */
function markupOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.body.querySelectorAll('*')].flatMap((el) => [el.localName, ...[...el.attributes].map((a) => a.name)]);
}

describe('live list HTML', () => {
  it('shows a hostile headline, key-event title and author name as text', () => {
    const html = liveEntryHtml(entry(), 'river-live', HOSTILE) + keyEventItemHtml({ id: 'x', title: HOSTILE, postedAt: '2026-12-07T18:58:00.000Z' });
    expect(markupOf(html)).not.toContain('img');
    expect(markupOf(html)).not.toContain('script');
    expect(markupOf(html)).not.toContain('onerror');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&#39;');
  });

  it('keeps the entry body as the server rendered it, and times in the newsroom zone said plainly', () => {
    const html = liveEntryHtml(entry({ headline: '', author: null }), 'river-live', null);
    expect(html).toContain('<div class="live-entry-body article-body"><p>Water is at 3.9 metres.</p></div>');
    expect(html).toContain('>18:58 UTC</time>');
    expect(html).toContain('Updated <time datetime="2026-12-07T19:02:00.000Z">19:02 UTC</time>');
    expect(html).not.toContain('live-entry-headline');
  });

  it('renders an empty coverage with its fillable parts hidden, and a hostile one escaped', () => {
    const coverage = (entries: LiveEntryView[]): LiveCoverageView => ({
      state: { startedAt: '2026-12-07T17:45:00.000Z', endedAt: null, change: entries.length },
      keyEvents: entries.map((e) => ({ id: e.id, title: HOSTILE, postedAt: e.postedAt })),
      pinned: entries.filter((e) => e.pinned),
      entries,
      page: 1,
      pageCount: 1,
      total: entries.length,
    });
    const empty = liveCoverageHtml(coverage([]), 'river-live');
    expect(empty).toContain('<nav class="live-key-events" aria-labelledby="key-events-title" hidden>');
    expect(empty).toContain('<section class="live-pinned" aria-label="Pinned" hidden>');
    const full = liveCoverageHtml(coverage([entry()]), 'river-live');
    expect(markupOf(full)).not.toContain('script');
    expect(markupOf(full)).not.toContain('onerror');
  });
});
