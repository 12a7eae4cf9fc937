// Writes article fields through the live-editing WebSocket from the test process, as a browser's editor
// would (same session cookie, same shared document), and waits until the server says it stored them.
import type { Page } from '@playwright/test';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ArticleFieldsInput } from '../../lib/articles/fields';
import { COLLAB_PATH, collabDocName, writeFieldsIntoDoc } from '../../lib/collab/doc-model';

export async function writeFieldsLive(page: Page, articleId: string, fields: Partial<ArticleFieldsInput>): Promise<void> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const base = new URL(page.url());
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: `${base.protocol === 'https:' ? 'wss' : 'ws'}://${base.host}${COLLAB_PATH}`, WebSocketPolyfill: CookieSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: collabDocName(articleId), document: doc, token: 'session' });
  provider.attach();
  try {
    await new Promise<void>((resolve, reject) => {
      provider.on('synced', () => resolve());
      provider.on('authenticationFailed', () => reject(new Error('the live-editing server refused the session')));
      setTimeout(() => reject(new Error('no sync within 15 s')), 15_000);
    });
    const stored = new Promise<void>((resolve, reject) => {
      provider.on('stateless', ({ payload }: { payload: string }) => {
        if (payload.includes('"saved"')) resolve();
        if (payload.includes('"not-saved"')) reject(new Error(`not stored: ${payload}`));
      });
      setTimeout(() => reject(new Error('not stored within 15 s')), 15_000);
    });
    writeFieldsIntoDoc(doc, fields);
    await stored;
  } finally {
    provider.destroy();
    socket.destroy();
  }
}
