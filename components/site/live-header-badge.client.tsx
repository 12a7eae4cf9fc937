'use client';
// The "Live" badge in a live article's header. The server renders it as of the render; the live list
// announces the coverage's end (LIVE_ENDED_EVENT), so an open page stops saying "Live" beside the
// "ended" notice without a reload.
import { useEffect, useState } from 'react';
import { LIVE_ENDED_EVENT } from '@/lib/live/types';

export function LiveHeaderBadge({ ended: endedAtRender }: { ended: boolean }) {
  const [ended, setEnded] = useState(endedAtRender);
  useEffect(() => {
    const end = () => setEnded(true);
    window.addEventListener(LIVE_ENDED_EVENT, end);
    return () => window.removeEventListener(LIVE_ENDED_EVENT, end);
  }, []);
  return (
    <p className={ended ? 'live-badge live-badge-ended' : 'live-badge'} data-testid="live-header-badge">
      {ended ? 'Live coverage ended' : 'Live'}
    </p>
  );
}
