// The live list's HTML as readers get it: made here once, on the server, for the page's first render and
// for each entry an update carries, which the page's small script (components/site/live-island.ts)
// inserts as it is. Plain strings, not React: React leaves this markup alone after the render, so the
// script may change it. Every text and attribute goes through escapeHtml; entry bodies are the HTML
// rendered on the server from their validated documents (as on the article page).
import { authorPath, liveEntryPath } from '@/lib/core/routes';
import { escapeHtml } from '@/lib/core/escape-html';
import { formatDateTime, formatTime } from '@/lib/core/reader-format';
import { liveEntryAnchor, type LiveCoverageView, type LiveEntryView } from './types';

const time = (iso: string, title?: string) =>
  `<time datetime="${escapeHtml(iso)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${formatTime(iso)} UTC</time>`;

/**
 * One entry: its time (the link to its anchor), pinned and key-event marks, headline, body, author,
 * "updated" time and share link. `idPrefix` keeps the pinned copy's ids apart from the list's.
 */
export function liveEntryHtml(entry: LiveEntryView, slug: string, keyEventTitle: string | null, idPrefix = ''): string {
  const anchor = `${idPrefix}${liveEntryAnchor(entry.id)}`;
  const classes = ['live-entry', entry.pinned ? 'live-entry-pinned' : '', entry.keyEvent ? 'live-entry-key' : ''].filter(Boolean).join(' ');
  const data = `data-entry-id="${escapeHtml(entry.id)}" data-posted-at="${escapeHtml(entry.postedAt)}"${keyEventTitle !== null ? ` data-key-event-title="${escapeHtml(keyEventTitle)}"` : ''}`;
  return [
    `<article id="${escapeHtml(anchor)}" class="${classes}" ${data} tabindex="-1" aria-labelledby="${escapeHtml(anchor)}-time">`,
    `<header class="live-entry-header"><a href="#${escapeHtml(liveEntryAnchor(entry.id))}" id="${escapeHtml(anchor)}-time" class="live-entry-time">${time(entry.postedAt, formatDateTime(entry.postedAt))}</a>`,
    entry.pinned ? '<span class="live-flag live-flag-pinned">Pinned</span>' : '',
    entry.keyEvent ? '<span class="live-flag live-flag-key">Key event</span>' : '',
    '</header>',
    entry.headline ? `<h3 class="live-entry-headline">${escapeHtml(entry.headline)}</h3>` : '',
    // Rendered on the server from a document checked against the article schema: never raw input.
    `<div class="live-entry-body article-body">${entry.html}</div>`,
    '<footer class="live-entry-footer">',
    entry.author ? `<a href="${escapeHtml(authorPath(entry.author.slug))}">${escapeHtml(entry.author.name)}</a>` : '',
    entry.editedAt ? `<span class="live-entry-edited">Updated ${time(entry.editedAt)}</span>` : '',
    `<a href="${escapeHtml(liveEntryPath(slug, entry.id))}" class="live-entry-share">Link to this update</a>`,
    '</footer></article>',
  ].join('');
}

/** A key event's line in the "Key events" list, linking to the entry in the list below. */
export function keyEventItemHtml(event: { id: string; title: string; postedAt: string }): string {
  return `<li data-key-for="${escapeHtml(event.id)}" data-posted-at="${escapeHtml(event.postedAt)}"><a href="#${escapeHtml(liveEntryAnchor(event.id))}">${escapeHtml(event.title)}</a></li>`;
}

/** The header badge: "Live", or that the coverage has ended (the script switches it when it ends). */
export const liveBadgeHtml = (ended: boolean) =>
  `<p class="${ended ? 'live-badge live-badge-ended' : 'live-badge'}" data-testid="live-header-badge" data-live-header-badge>${ended ? 'Live coverage ended' : 'Live'}</p>`;

const endedStatus = '<p class="live-status live-status-ended" data-testid="live-ended">This live coverage has ended.</p>';
const liveStatus = '<p class="live-status"><span class="live-badge">Live</span> Updates appear here as they are posted.</p>';
/** The status line above the list, as the script sets it when the coverage ends. */
export const liveStatusHtml = (ended: boolean, firstPage: boolean) => (ended ? endedStatus : firstPage ? liveStatus : '');

/**
 * The coverage as of the render: status, key events, pinned entries, the newest entries (or an older
 * page of them). The parts an update may fill (key events, pinned, the "N new updates" button) are
 * there from the start, hidden while empty, so the script only fills and shows them.
 */
export function liveCoverageHtml(coverage: LiveCoverageView, slug: string): string {
  const keyTitles = new Map(coverage.keyEvents.map((k) => [k.id, k.title]));
  const entry = (e: LiveEntryView, prefix = '') => liveEntryHtml(e, slug, keyTitles.get(e.id) ?? null, prefix);
  const hidden = (empty: boolean) => (empty ? ' hidden' : '');
  return [
    `<div class="live-status-line">${liveStatusHtml(Boolean(coverage.state.endedAt), coverage.page === 1)}</div>`,
    `<nav class="live-key-events" aria-labelledby="key-events-title"${hidden(coverage.keyEvents.length === 0)}>`,
    '<h2 id="key-events-title" class="small-heading">Key events</h2>',
    `<ul>${coverage.keyEvents.map(keyEventItemHtml).join('')}</ul></nav>`,
    `<section class="live-pinned" aria-label="Pinned"${hidden(coverage.pinned.length === 0)}>${coverage.pinned.map((e) => entry(e, 'pinned-')).join('')}</section>`,
    '<h2 id="live-entries-title" class="visually-hidden">Latest updates</h2>',
    '<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>',
    '<button type="button" class="live-new-updates" hidden></button>',
    `<ol class="live-entries" aria-labelledby="live-entries-title">${coverage.entries.map((e) => `<li>${entry(e)}</li>`).join('')}</ol>`,
  ].join('');
}
