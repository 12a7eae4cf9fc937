// The plain shapes of live coverage that pages, the SSE stream and the catch-up endpoint send to
// readers (dates as ISO strings). Pure types and tiny helpers.
import type { AuthorRef } from '@/lib/core/public-types';

/** One entry as readers see it. `html` is rendered on the server from the validated document. */
export type LiveEntryView = {
  id: string;
  headline: string;
  html: string;
  /** Plain text, for previews, feeds and screen-reader announcements. */
  text: string;
  pinned: boolean;
  keyEvent: boolean;
  author: AuthorRef | null;
  postedAt: string;
  /** When the entry was edited after posting, if it was. */
  editedAt: string | null;
  /** The change number of this version of the entry (higher is newer). */
  change: number;
};

/** Whether the coverage goes on, and the newest change number readers have been sent. */
export type LiveState = { startedAt: string; endedAt: string | null; change: number };

/**
 * One change since a reader's last one: an entry as it now is, or the id of an entry that was deleted.
 * An entry carries its HTML as the live list shows it (./reader-html.ts), which the page's script inserts as is.
 */
export type LiveChange = { kind: 'entry'; entry: LiveEntryView; markup: string } | { kind: 'deleted'; id: string; change: number };

/** What the catch-up endpoint and each SSE event carry. `complete` is false when more changes remain. */
export type LiveUpdate = { state: LiveState; changes: LiveChange[]; complete: boolean };

/** The first screen of a live article: key events, pinned entries, then the newest entries. */
export type LiveCoverageView = {
  state: LiveState;
  keyEvents: { id: string; title: string; postedAt: string }[];
  pinned: LiveEntryView[];
  entries: LiveEntryView[];
  page: number;
  pageCount: number;
  total: number;
};

export const LIVE_PAGE_SIZE = 20;

/** The anchor of an entry on the live page. */
export const liveEntryAnchor = (entryId: string) => `entry-${entryId}`;
// Its address and the live routes' own: liveEntryPath, livePagePath, … in lib/core/routes.ts.

/** A key event's title in the list: the entry headline, else the start of its text. */
export function keyEventTitle(headline: string, text: string): string {
  const source = headline.trim() || text.trim();
  return source.length > 90 ? `${source.slice(0, 89)}…` : source;
}
