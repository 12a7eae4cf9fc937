// The "Live" badge in a live article's header, as of the render. Opaque HTML to React, so the live
// list's script can switch it to "Live coverage ended" on an open page when the coverage ends.
import { liveBadgeHtml } from '@/lib/live/reader-html';
import type { SiteClock } from '@/lib/i18n/site-time';

export function LiveHeaderBadge({ ended, clock }: { ended: boolean; clock: SiteClock }) {
  return <div className="live-header-badge" dangerouslySetInnerHTML={{ __html: liveBadgeHtml(clock, ended) }} />;
}
