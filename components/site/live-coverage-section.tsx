// A live article's coverage on its page: the live list as server HTML (lib/live/reader-html.ts), which
// the plain script at /live-coverage.js keeps up to date on page 1 of open coverage, and links to older
// pages. React renders the list as opaque HTML, so that script may change it; without JavaScript the
// page shows the entries as of the render.
import type { LiveCoverageView } from '@/lib/live/types';
import { liveCoverageHtml } from '@/lib/live/reader-html';
import { ISLAND_SCRIPT_ATTRIBUTE, liveCoverageScriptPath, livePagePath, liveStreamPath, liveUpdatesPath } from '@/lib/core/routes';

export function LiveCoverageSection({ slug, coverage }: { slug: string; coverage: LiveCoverageView }) {
  const updating = coverage.page === 1 && !coverage.state.endedAt;
  return (
    <section className="live" aria-label="Live coverage">
      {updating ? <script async src={liveCoverageScriptPath} {...{ [ISLAND_SCRIPT_ATTRIBUTE]: '' }} /> : null}
      <div
        className="live-coverage"
        {...(updating ? { 'data-live-stream': liveStreamPath(slug), 'data-live-updates': liveUpdatesPath(slug), 'data-live-change': coverage.state.change } : {})}
        dangerouslySetInnerHTML={{ __html: liveCoverageHtml(coverage, slug) }}
      />
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
