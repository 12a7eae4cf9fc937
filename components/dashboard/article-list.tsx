// The articles list rows: headline (opens the editor), status, bylines, tags and the relevant time.
import Link from 'next/link';
import type { DashboardArticle } from '@/lib/articles/editorial-types';
import { editArticlePath } from '@/lib/core/routes';
import { LocalTime } from './local-time.client';
import { LiveBadge } from './live-badge';
import { StatusBadge } from './status-badge';

/** `live`: rows that are live coverage (ended or not) get a badge and a link to their live composer. */
export function ArticleList({ items, live = {} }: { items: DashboardArticle[]; live?: Record<string, { ended: boolean }> }) {
  return (
    <ul className="article-list" aria-label="Articles">
      {items.map((a) => (
        <li key={a.id} className="article-row">
          <div>
            <Link href={editArticlePath(a.id)} className="article-row-headline">
              {a.headline || 'Untitled draft'}
            </Link>
            <p className="article-row-meta">
              <span>{a.authors.map((p) => p.name).join(', ') || 'No byline'}</span>
              {a.tags.length ? <span>{a.tags.map((t) => t.name).join(' · ')}</span> : null}
            </p>
          </div>
          <div className="article-row-side">
            <StatusBadge status={a.status} changed={a.hasUnpublishedChanges} />
            {live[a.id] ? <LiveBadge articleId={a.id} ended={live[a.id]!.ended} /> : null}
            <span>
              {a.status === 'scheduled' && a.scheduledAt ? (
                <>
                  Goes live <LocalTime iso={a.scheduledAt} />
                </>
              ) : (
                <>
                  Updated <LocalTime iso={a.updatedAt} />
                </>
              )}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
