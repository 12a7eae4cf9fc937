// One live entry as readers see it: its time (the link to its own anchor), key-event and pinned marks,
// optional headline, the body (HTML rendered on the server from the validated document, the same
// renderer as the article page and feeds), its author, the "updated" time, and a share link.
import type { LiveEntryView } from '@/lib/live/types';
import { liveEntryPath } from '@/lib/core/routes';
import { liveEntryAnchor } from '@/lib/live/types';
import { authorPath } from '@/lib/core/routes';
import { formatDateTime } from './format';

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

export function LiveEntry({ entry, slug, idPrefix = '' }: { entry: LiveEntryView; slug: string; idPrefix?: string }) {
  const anchor = `${idPrefix}${liveEntryAnchor(entry.id)}`;
  const classes = ['live-entry', entry.pinned ? 'live-entry-pinned' : '', entry.keyEvent ? 'live-entry-key' : ''].filter(Boolean).join(' ');
  return (
    <article id={anchor} className={classes} data-entry-id={entry.id} tabIndex={-1} aria-labelledby={`${anchor}-time`}>
      <header className="live-entry-header">
        <a href={`#${liveEntryAnchor(entry.id)}`} id={`${anchor}-time`} className="live-entry-time">
          <time dateTime={entry.postedAt} title={formatDateTime(entry.postedAt)}>
            {clock.format(new Date(entry.postedAt))} UTC
          </time>
        </a>
        {entry.pinned ? <span className="live-flag live-flag-pinned">Pinned</span> : null}
        {entry.keyEvent ? <span className="live-flag live-flag-key">Key event</span> : null}
      </header>
      {entry.headline ? <h3 className="live-entry-headline">{entry.headline}</h3> : null}
      {/* Rendered on the server from a document checked against the article schema: never raw input. */}
      <div className="live-entry-body article-body" dangerouslySetInnerHTML={{ __html: entry.html }} />
      <footer className="live-entry-footer">
        {entry.author ? <a href={authorPath(entry.author.slug)}>{entry.author.name}</a> : null}
        {entry.editedAt ? (
          <span className="live-entry-edited">
            Updated <time dateTime={entry.editedAt}>{clock.format(new Date(entry.editedAt))} UTC</time>
          </span>
        ) : null}
        <a href={liveEntryPath(slug, entry.id)} className="live-entry-share">
          Link to this update
        </a>
      </footer>
    </article>
  );
}
