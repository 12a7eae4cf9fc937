// A live article's coverage on its page: the live list (a client island that keeps itself up to date on
// page 1) and links to older pages, which are plain server-rendered pages.
import type { LiveCoverageView } from '@/lib/live/types';
import { livePagePath } from '@/lib/core/routes';
import { LiveEntries } from './live-entries.client';

export function LiveCoverageSection({ slug, coverage }: { slug: string; coverage: LiveCoverageView }) {
  return (
    <section className="live" aria-label="Live coverage">
      <LiveEntries slug={slug} initial={coverage} />
      {coverage.pageCount > 1 ? (
        <nav className="live-pages" aria-label="Older and newer updates">
          {coverage.page > 1 ? (
            <a href={livePagePath(slug, coverage.page - 1)} rel="prev">
              Newer updates
            </a>
          ) : null}
          {coverage.page < coverage.pageCount ? (
            <a href={livePagePath(slug, coverage.page + 1)} rel="next">
              Older updates
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
