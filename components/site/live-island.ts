// The live list's script: the one piece of JavaScript a live article adds, and only a live article. It
// keeps the server-rendered list (lib/live/reader-html.ts) up to date without a reload: changes arrive
// over Server-Sent Events (polling the small cached updates endpoint when EventSource cannot connect);
// a reader at the top of the list sees new entries at once, one further down gets an "N new updates"
// button instead, so nothing moves under them; edits and deletions apply in place. Entries come as the
// server made their HTML. Served as plain script by app/(site)/live-coverage.js: the function is sent as
// its source text, so it must use nothing from outside its own body (no imports, no outer names).
import type { LiveUpdate } from '@/lib/live/types';

export function liveIsland(pollMs: number) {
  const bind = (root: HTMLElement) => {
    if (root.dataset.liveBound) return;
    root.dataset.liveBound = 'true';
    const streamPath = root.dataset.liveStream!;
    const updatesPath = root.dataset.liveUpdates!;
    let change = Number(root.dataset.liveChange) || 0;
    let ended = root.dataset.liveEnded === 'true';
    const one = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
    const list = one<HTMLOListElement>('ol.live-entries');
    const pinned = one<HTMLElement>('.live-pinned');
    const keyNav = one<HTMLElement>('.live-key-events');
    const keyList = keyNav.querySelector('ul')!;
    const button = one<HTMLButtonElement>('.live-new-updates');
    const status = one<HTMLElement>('[role="status"]');
    /** The newest change applied per entry, so repeats and late arrivals never roll an entry back. */
    const seen = new Map<string, number>();
    /** New entries waiting behind the button, as list items. */
    let pending: HTMLLIElement[] = [];

    const fromHtml = (html: string) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content.firstElementChild as HTMLElement;
    };
    const byId = (container: ParentNode, id: string) => Array.from(container.querySelectorAll<HTMLElement>('[data-entry-id]')).find((e) => e.dataset.entryId === id) ?? null;
    const postedAt = (e: Element) => (e as HTMLElement).dataset.postedAt ?? (e.firstElementChild as HTMLElement | null)?.dataset.postedAt ?? '';
    /** Inserts `node` among `container`'s children, newest first. */
    const insertByTime = (container: Element, node: Element) => {
      const after = Array.from(container.children).find((c) => postedAt(c) < postedAt(node));
      container.insertBefore(node, after ?? null);
    };
    const showIfAny = (el: HTMLElement, container: Element) => {
      el.hidden = container.children.length === 0;
    };
    const pinnedCopy = (article: HTMLElement) => {
      const copy = article.cloneNode(true) as HTMLElement;
      for (const el of [copy, ...Array.from(copy.querySelectorAll<HTMLElement>('[id]'))]) el.id = `pinned-${el.id}`;
      copy.setAttribute('aria-labelledby', `pinned-${copy.getAttribute('aria-labelledby')}`);
      return copy;
    };
    const item = (article: HTMLElement) => {
      const li = document.createElement('li');
      li.append(article);
      return li;
    };
    const setEnded = (now: boolean) => {
      if (now === ended) return;
      ended = now;
      const line = one<HTMLElement>('.live-status-line');
      line.innerHTML = now
        ? '<p class="live-status live-status-ended" data-testid="live-ended">This live coverage has ended.</p>'
        : '<p class="live-status"><span class="live-badge">Live</span> Updates appear here as they are posted.</p>';
      for (const badge of Array.from(document.querySelectorAll<HTMLElement>('[data-live-header-badge]'))) {
        badge.className = now ? 'live-badge live-badge-ended' : 'live-badge';
        badge.textContent = now ? 'Live coverage ended' : 'Live';
      }
      if (now) stop();
    };
    const showButton = () => {
      button.hidden = pending.length === 0;
      button.textContent = `${pending.length} new ${pending.length === 1 ? 'update' : 'updates'}`;
    };

    const apply = (update: LiveUpdate) => {
      const fresh: { li: HTMLLIElement; label: string }[] = [];
      for (const c of update.changes) {
        const id = c.kind === 'entry' ? c.entry.id : c.id;
        const number = c.kind === 'entry' ? c.entry.change : c.change;
        if ((seen.get(id) ?? 0) >= number) continue;
        seen.set(id, number);
        byId(pinned, id)?.remove();
        keyList.querySelector(`[data-key-for="${CSS.escape(id)}"]`)?.remove();
        if (c.kind === 'deleted') {
          byId(list, id)?.closest('li')?.remove();
          pending = pending.filter((li) => byId(li, id) === null);
          continue;
        }
        const article = fromHtml(c.markup);
        if (c.entry.pinned) insertByTime(pinned, pinnedCopy(article));
        const title = article.dataset.keyEventTitle;
        if (title !== undefined) {
          const li = document.createElement('li');
          li.dataset.keyFor = id;
          li.dataset.postedAt = c.entry.postedAt;
          const link = document.createElement('a');
          link.href = article.querySelector('.live-entry-time')!.getAttribute('href')!;
          link.textContent = title;
          li.append(link);
          insertByTime(keyList, li);
        }
        const shown = byId(list, id) ?? pending.map((li) => byId(li, id)).find(Boolean);
        if (shown) shown.replaceWith(article);
        else fresh.push({ li: item(article), label: c.entry.headline || c.entry.text.slice(0, 120) });
      }
      showIfAny(pinned, pinned);
      showIfAny(keyNav, keyList);
      change = Math.max(change, update.state.change);
      // New entries go in at once for a reader at the top of the list, else wait behind the button.
      if (fresh.length > 0) {
        if (list.getBoundingClientRect().top >= 0) {
          for (const f of fresh) insertByTime(list, f.li);
          status.textContent = fresh.length === 1 ? `New update: ${fresh[0]!.label}` : `${fresh.length} new updates`;
        } else {
          pending = [...pending, ...fresh.map((f) => f.li)];
          showButton();
          status.textContent = button.textContent;
        }
      }
      setEnded(Boolean(update.state.endedAt));
    };

    button.addEventListener('click', () => {
      for (const li of pending) insertByTime(list, li);
      pending = [];
      showButton();
      status.textContent = '';
      requestAnimationFrame(() => list.querySelector<HTMLElement>('.live-entry')?.focus());
    });

    const catchUp = async () => {
      const response = await fetch(`${updatesPath}?since=${change}`, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) apply((await response.json()) as LiveUpdate);
    };
    let poll: ReturnType<typeof setInterval> | null = null;
    let source: EventSource | null = null;
    const startPolling = () => {
      poll ??= setInterval(() => void catchUp(), pollMs);
    };
    // A tab back from sleep (or a laptop back online) asks what it missed at once.
    const wake = () => {
      if (document.visibilityState === 'visible') void catchUp();
    };
    const stop = () => {
      source?.close();
      if (poll) clearInterval(poll);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    };
    if (ended) return;
    if (typeof EventSource === 'function') {
      source = new EventSource(`${streamPath}?since=${change}`);
      source.addEventListener('update', (event) => apply(JSON.parse((event as MessageEvent<string>).data) as LiveUpdate));
      // The browser reconnects by itself (sending Last-Event-ID); only a closed stream means SSE cannot work here.
      source.addEventListener('error', () => {
        if (source?.readyState === EventSource.CLOSED) startPolling();
      });
    } else startPolling();
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
  };
  const bindAll = () => document.querySelectorAll<HTMLElement>('[data-live-stream]').forEach(bind);
  // An async script may run before the page has been parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', bindAll);
  else bindAll();
}
