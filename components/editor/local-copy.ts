// The browser-side safety net: a copy of the editor's fields in localStorage on every change, so a
// closed tab, a crash or a lost connection loses nothing; offered back when the article is opened again.
import type { MediaSummary } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput } from '@/lib/articles/fields';

export type LocalCopy = {
  v: 1;
  articleId: string | null;
  /** The server version these edits started from (null for an article not created yet). */
  baseVersion: number | null;
  fields: ArticleFieldsInput;
  /** The chosen featured image's summary, so it shows again without a round trip. */
  featuredImage?: MediaSummary | null;
  savedAt: string;
};

const PREFIX = 'byline:article:';

/** New articles have no id yet: their copy is kept per person, so two staff on one computer do not mix. */
export function localCopyKey(articleId: string | null, viewerId: string): string {
  return articleId ? `${PREFIX}${articleId}` : `${PREFIX}new:${viewerId}`;
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as LocalCopy;
    return parsed && parsed.v === 1 && typeof parsed.fields === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or disabled), so the editor can say so. */
export function writeLocalCopy(key: string, copy: Omit<LocalCopy, 'v' | 'savedAt'>): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: new Date().toISOString(), ...copy }));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalCopy(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
