// The article's shared document in the browser: a Y.Doc kept in IndexedDB (so edits made offline
// survive a closed tab and merge when the connection returns), synced with the server over one
// WebSocket (HocuspocusProvider), and the awareness that shows who is here and where their caret is.
'use client';
import { useEffect, useState } from 'react';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { COLLAB_PATH, collabDocName, fieldsMap } from '@/lib/collab/doc-model';
import { decodeServerMessage, type ServerMessage } from '@/lib/collab/messages';
import { colourFor, type CaretUser } from './collab-caret';

export type Connection = 'connecting' | 'connected' | 'offline' | 'refused';

export type CollabDoc = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the copy kept in this browser is loaded into the document. */
  local: IndexeddbPersistence;
};

/** Creates the document and its connection for one article; torn down when the article changes. */
export function useCollabDoc(articleId: string, viewer: { id: string; name: string }): CollabDoc | null {
  const [collab, setCollab] = useState<CollabDoc | null>(null);
  useEffect(() => {
    const name = collabDocName(articleId);
    const doc = new Y.Doc();
    // One copy per person and article: two staff sharing a computer never mix their offline edits.
    const local = new IndexeddbPersistence(`byline:${viewer.id}:${name}`, doc);
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new HocuspocusProviderWebsocket({ url: `${scheme}://${window.location.host}${COLLAB_PATH}`, maxDelay: 5000 });
    // The session cookie goes with the upgrade request; the token only starts the server's check.
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: 'session' });
    provider.attach();
    provider.setAwarenessField('user', { id: viewer.id, name: viewer.name, color: colourFor(viewer.id) } satisfies CaretUser);
    // The browser knows first when the network is gone: stop at once (edits stay in IndexedDB) instead
    // of waiting for the socket to time out, and reconnect when it is back.
    const offline = () => socket.disconnect();
    const online = () => void socket.connect();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    // Editing starts once the document holds the article: from this device's copy (it descends from the
    // server's), else from the first sync with the server. A field set before that would race the
    // server's initial values (concurrent sets of one key: either may win) and an empty body would get
    // a paragraph of its own beside the server's.
    let live = true;
    const ready = () => {
      provider.off('synced', ready);
      if (live) setCollab({ doc, provider, local });
    };
    void Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, 1500))]).then(() => {
      if (fieldsMap(doc).size > 0 || provider.isSynced) ready();
      else provider.on('synced', ready);
    });
    return () => {
      live = false;
      provider.off('synced', ready);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      setCollab(null);
      provider.destroy();
      socket.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [articleId, viewer.id, viewer.name]);
  return collab;
}

/** The connection's state, as the save status shows it. */
export function useConnection(provider: HocuspocusProvider | null): { connection: Connection; readOnly: boolean } {
  const [connection, setConnection] = useState<Connection>('connecting');
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    if (!provider) return;
    const onStatus = ({ status }: { status: string }) =>
      setConnection((current) => (status === 'connected' ? (current === 'refused' ? current : 'connecting') : status === 'disconnected' ? 'offline' : current));
    const onAuthenticated = () => {
      setConnection('connected');
      setReadOnly(provider.authorizedScope === 'readonly');
    };
    const onRefused = () => setConnection('refused');
    const onClose = () => setConnection((current) => (current === 'refused' ? current : 'offline'));
    provider.on('status', onStatus);
    provider.on('authenticated', onAuthenticated);
    provider.on('authenticationFailed', onRefused);
    provider.on('close', onClose);
    if (provider.isAuthenticated) onAuthenticated();
    return () => {
      provider.off('status', onStatus);
      provider.off('authenticated', onAuthenticated);
      provider.off('authenticationFailed', onRefused);
      provider.off('close', onClose);
    };
  }, [provider]);
  return { connection, readOnly };
}

/** Calls `listener` with each message the server sends about storing the document. */
export function useServerMessages(provider: HocuspocusProvider | null, listener: (message: ServerMessage) => void): void {
  useEffect(() => {
    if (!provider) return;
    const onStateless = ({ payload }: { payload: string }) => {
      const message = decodeServerMessage(payload);
      if (message) listener(message);
    };
    provider.on('stateless', onStateless);
    return () => void provider.off('stateless', onStateless);
  }, [provider, listener]);
}

export type Person = CaretUser & { clientId: number };

/** The other people in the article now (one entry per person, however many tabs they have open). */
export function usePeople(provider: HocuspocusProvider | null, viewerId: string): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const read = () => {
      const seen = new Map<string, Person>();
      for (const [clientId, state] of awareness.getStates()) {
        const user = (state as { user?: CaretUser }).user;
        if (user?.id && user.id !== viewerId && !seen.has(user.id)) seen.set(user.id, { ...user, clientId });
      }
      setPeople([...seen.values()].sort((a, b) => a.name.localeCompare(b.name)));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider, viewerId]);
  return people;
}
