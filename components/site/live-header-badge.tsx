// The "Live" badge in a live article's header, as of the render. Opaque HTML to React, so the live
// list's script can switch it to "Live coverage ended" on an open page when the coverage ends.
import { liveBadgeHtml } from '@/lib/live/reader-html';

export function LiveHeaderBadge({ ended }: { ended: boolean }) {
  return <div className="live-header-badge" dangerouslySetInnerHTML={{ __html: liveBadgeHtml(ended) }} />;
}
