// One live entry as readers see it, outside the list (its share page): the same HTML the list shows
// (lib/live/reader-html.ts), so an entry has one markup wherever it appears.
import type { LiveEntryView } from '@/lib/live/types';
import { keyEventTitle } from '@/lib/live/types';
import { liveEntryHtml } from '@/lib/live/reader-html';

export function LiveEntry({ entry, slug }: { entry: LiveEntryView; slug: string }) {
  const html = liveEntryHtml(entry, slug, entry.keyEvent ? keyEventTitle(entry.headline, entry.text) : null);
  return <div className="live-entry-single" dangerouslySetInnerHTML={{ __html: html }} />;
}
