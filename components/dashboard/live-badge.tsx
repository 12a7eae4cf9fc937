// A live article's badge in the dashboard: "Live" (or "Live, ended"), linking to its live composer.
import Link from 'next/link';
import { liveComposerPath } from '@/lib/core/routes';

export function LiveBadge({ articleId, ended }: { articleId: string; ended: boolean }) {
  return (
    <Link href={liveComposerPath(articleId)} className={ended ? 'live-badge live-badge-ended' : 'live-badge'} data-live={ended ? 'ended' : 'live'}>
      {ended ? 'Live, ended' : 'Live'}
    </Link>
  );
}
