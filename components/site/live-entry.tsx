// One live entry as readers see it, outside the list (its share page): the same HTML the list shows
// (lib/live/reader-html.ts), so an entry has one markup wherever it appears.
import type { LiveEntryView } from '@/lib/live/types';
import { keyEventTitle } from '@/lib/live/types';
import { liveEntryHtml } from '@/lib/live/reader-html';
import type { SiteClock } from '@/lib/i18n/site-time';

export function LiveEntry({ entry, slug, clock }: { entry: LiveEntryView; slug: string; clock: SiteClock }) {
  const html = liveEntryHtml(clock, entry, slug, entry.keyEvent ? keyEventTitle(entry.headline, entry.text) : null);
  return <div className="live-entry-single" dangerouslySetInnerHTML={{ __html: html }} />;
}
