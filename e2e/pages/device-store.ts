// What the editor keeps on the device (y-indexeddb, one database per person and article): lets a spec
// wait until an offline edit is written there instead of sleeping before it closes the tab.
import type { Page } from '@playwright/test';

/** Resolves once some stored update in the page's `byline:` databases holds `text` (inserted in one go). */
export async function waitStoredOnDevice(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    async (wanted) => {
      const bytes = new TextEncoder().encode(wanted);
      const holds = (u: Uint8Array) => {
        outer: for (let i = 0; i + bytes.length <= u.length; i++) {
          for (let j = 0; j < bytes.length; j++) if (u[i + j] !== bytes[j]) continue outer;
          return true;
        }
        return false;
      };
      const ask = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const { name } of await indexedDB.databases()) {
        if (!name?.startsWith('byline:')) continue;
        const db = await ask(indexedDB.open(name));
        try {
          if (!db.objectStoreNames.contains('updates')) continue;
          const updates = await ask(db.transaction('updates').objectStore('updates').getAll());
          if (updates.some((u) => u instanceof Uint8Array && holds(u))) return true;
        } finally {
          db.close();
        }
      }
      return false;
    },
    text,
    { polling: 100 },
  );
}
