'use client';
// The live part of a live article's page: key events, pinned entries and the newest entries, kept up
// to date without a reload. Changes arrive over Server-Sent Events (polling the small cached updates
// endpoint when EventSource cannot connect); a reader at the top of the list sees new entries at once,
// one further down gets an "N new updates" button instead, so nothing moves under them. Edits and
// deletions apply in place. The server renders the same list, so without JavaScript the page is complete.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveChange, LiveCoverageView, LiveEntryView, LiveUpdate } from '@/lib/live/types';
import { liveStreamPath, liveUpdatesPath } from '@/lib/core/routes';
import { LIVE_ENDED_EVENT, keyEventTitle, liveEntryAnchor } from '@/lib/live/types';
import { LiveEntry } from './live-entry';

const POLL_MS = 5000;
type KeyEvent = LiveCoverageView['keyEvents'][number];

const newestFirst = (a: { postedAt: string }, b: { postedAt: string }) => b.postedAt.localeCompare(a.postedAt);

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const at = list.findIndex((x) => x.id === item.id);
  if (at < 0) return [...list, item];
  const copy = [...list];
  copy[at] = item;
  return copy;
}

export function LiveEntries({ slug, initial }: { slug: string; initial: LiveCoverageView }) {
  const live = initial.page === 1;
  const [entries, setEntries] = useState(initial.entries);
  const [pinned, setPinned] = useState(initial.pinned);
  const [keyEvents, setKeyEvents] = useState(initial.keyEvents);
  const [pending, setPending] = useState<LiveEntryView[]>([]);
  const [endedAt, setEndedAt] = useState(initial.state.endedAt);
  const [announcement, setAnnouncement] = useState('');
  const change = useRef(initial.state.change);
  /** The newest change applied per entry, so repeats and late arrivals never roll an entry back. */
  const seen = useRef(new Map<string, number>());
  const listRef = useRef<HTMLOListElement>(null);
  /** What is on screen or waiting, as of the last render (apply() runs outside React's updaters). */
  const shownRef = useRef({ entries, pending });
  useEffect(() => {
    shownRef.current = { entries, pending };
  }, [entries, pending]);

  useEffect(() => {
    if (endedAt && !initial.state.endedAt) window.dispatchEvent(new Event(LIVE_ENDED_EVENT));
  }, [endedAt, initial.state.endedAt]);

  const atTop = () => (listRef.current ? listRef.current.getBoundingClientRect().top >= 0 : true);

  const apply = useCallback((update: LiveUpdate) => {
    const fresh: LiveEntryView[] = [];
    const applyOne = (c: LiveChange) => {
      const id = c.kind === 'entry' ? c.entry.id : c.id;
      const number = c.kind === 'entry' ? c.entry.change : c.change;
      if ((seen.current.get(id) ?? 0) >= number) return;
      seen.current.set(id, number);
      if (c.kind === 'deleted') {
        const drop = <T extends { id: string }>(list: T[]) => list.filter((x) => x.id !== id);
        setEntries(drop);
        setPinned(drop);
        setPending(drop);
        setKeyEvents(drop);
        return;
      }
      const entry = c.entry;
      setPinned((list) => (entry.pinned ? upsert(list, entry).sort(newestFirst) : list.filter((x) => x.id !== entry.id)));
      setKeyEvents((list) =>
        entry.keyEvent ? upsert<KeyEvent>(list, { id: entry.id, title: keyEventTitle(entry.headline, entry.text), postedAt: entry.postedAt }).sort(newestFirst) : list.filter((x) => x.id !== entry.id),
      );
      setEntries((list) => (list.some((x) => x.id === entry.id) ? upsert(list, entry) : list));
      setPending((list) => (list.some((x) => x.id === entry.id) ? upsert(list, entry) : list));
      fresh.push(entry);
    };
    for (const c of update.changes) applyOne(c);
    change.current = Math.max(change.current, update.state.change);
    setEndedAt(update.state.endedAt);
    // New entries go in at once for a reader at the top of the list, else wait behind the button.
    const shown = new Set([...shownRef.current.entries, ...shownRef.current.pending].map((e) => e.id));
    const added = fresh.filter((e) => !shown.has(e.id));
    if (added.length === 0) return;
    const merge = (list: LiveEntryView[]) => [...added.filter((a) => !list.some((x) => x.id === a.id)), ...list].sort(newestFirst);
    if (atTop()) {
      setEntries(merge);
      const first = added[0]!;
      setAnnouncement(added.length === 1 ? `New update: ${first.headline || first.text.slice(0, 120)}` : `${added.length} new updates`);
    } else {
      setPending(merge);
      const waiting = shownRef.current.pending.length + added.length;
      setAnnouncement(`${waiting} new ${waiting === 1 ? 'update' : 'updates'}`);
    }
  }, []);

  const catchUp = useCallback(async () => {
    const response = await fetch(`${liveUpdatesPath(slug)}?since=${change.current}`, { cache: 'no-store' }).catch(() => null);
    if (response?.ok) apply((await response.json()) as LiveUpdate);
  }, [apply, slug]);

  useEffect(() => {
    if (!live || endedAt) return;
    let poll: ReturnType<typeof setInterval> | null = null;
    const startPolling = () => {
      poll ??= setInterval(() => void catchUp(), POLL_MS);
    };
    let source: EventSource | null = null;
    if (typeof EventSource === 'function') {
      source = new EventSource(`${liveStreamPath(slug)}?since=${change.current}`);
      source.addEventListener('update', (event) => apply(JSON.parse((event as MessageEvent<string>).data) as LiveUpdate));
      // The browser reconnects by itself (sending Last-Event-ID); only a closed stream means SSE cannot work here.
      source.addEventListener('error', () => {
        if (source?.readyState === EventSource.CLOSED) startPolling();
      });
    } else {
      startPolling();
    }
    // A tab back from sleep (or a laptop back online) asks what it missed at once.
    const wake = () => {
      if (document.visibilityState === 'visible') void catchUp();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    return () => {
      source?.close();
      if (poll) clearInterval(poll);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    };
  }, [apply, catchUp, endedAt, live, slug]);

  const showPending = () => {
    setEntries((list) => [...pending.filter((p) => !list.some((x) => x.id === p.id)), ...list].sort(newestFirst));
    setPending([]);
    setAnnouncement('');
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('.live-entry')?.focus());
  };

  return (
    <div className="live-coverage">
      {endedAt ? (
        <p className="live-status live-status-ended" data-testid="live-ended">
          This live coverage has ended.
        </p>
      ) : live ? (
        <p className="live-status">
          <span className="live-badge">Live</span> Updates appear here as they are posted.
        </p>
      ) : null}

      {keyEvents.length > 0 ? (
        <nav className="live-key-events" aria-labelledby="key-events-title">
          <h2 id="key-events-title" className="small-heading">
            Key events
          </h2>
          <ul>
            {keyEvents.map((k) => (
              <li key={k.id}>
                <a href={`#${liveEntryAnchor(k.id)}`}>{k.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {pinned.length > 0 ? (
        <section className="live-pinned" aria-label="Pinned">
          {pinned.map((entry) => (
            <LiveEntry key={entry.id} entry={entry} slug={slug} idPrefix="pinned-" />
          ))}
        </section>
      ) : null}

      <h2 id="live-entries-title" className="visually-hidden">
        Latest updates
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {pending.length > 0 ? (
        <button type="button" className="live-new-updates" onClick={showPending}>
          {pending.length} new {pending.length === 1 ? 'update' : 'updates'}
        </button>
      ) : null}
      <ol className="live-entries" ref={listRef} aria-labelledby="live-entries-title">
        {entries.map((entry) => (
          <li key={entry.id}>
            <LiveEntry entry={entry} slug={slug} />
          </li>
        ))}
      </ol>
    </div>
  );
}
