// Loading an article's live document and storing it back: the Yjs state goes to article_collab_states,
// and the fields derived from it go through the article save path (the same validation, revisions
// coalesced per person, preview and search), as an autosave by the person who changed it last. The
// editor's view of the article is read only when the document needs it (its first state, a merge):
// access is checked once per connection (access.ts), and every save checks it again on the locked row.
import 'server-only';
import * as Y from 'yjs';
import { getDb } from '@/db/client';
import { getArticleForEditing, getArticleVersion } from '@/lib/articles/editorial';
import type { EditableArticle } from '@/lib/articles/editorial-types';
import type { FieldErrors } from '@/lib/articles/fields';
import { saveArticle } from '@/lib/articles/save';
import type { Actor } from '@/lib/permissions/can';
import { FEATURED_IMAGE_KEY, bodyStructureProblem, fieldsFromDoc, fieldsMap, writeFieldsIntoDoc } from './doc-model';
import type { StoredArticleState } from './messages';
import { markCollabStateStale } from '@/lib/articles/collab-stale';
import { claimFirstCollabState, claimPendingMerge, readCollabState, writeCollabState } from './state-store';

/** Yjs origin of changes the server makes itself (restores, outside saves, refused bylines). */
export const SERVER_ORIGIN = 'byline-server';

function writeArticleIntoDoc(doc: Y.Doc, article: EditableArticle): void {
  doc.transact(() => {
    writeFieldsIntoDoc(doc, article.fields, SERVER_ORIGIN);
    const map = fieldsMap(doc);
    if (JSON.stringify(map.get(FEATURED_IMAGE_KEY) ?? null) !== JSON.stringify(article.featuredImage)) map.set(FEATURED_IMAGE_KEY, article.featuredImage);
  }, SERVER_ORIGIN);
}

/**
 * Fills `doc` with the article's document as `reader` may see it: the stored state, with the article's
 * fields merged in when the article changed outside the document since (a restore or re-import:
 * `mergePending`). Not on a mere version difference: the version moves with this document's own stores
 * and workflow steps, and a merge computed against an older state would double the text another
 * instance holds. `accessChecked`: the reader's connection was authenticated against this article just
 * now, so a stored state needs no read of the article. False when the article is gone or hidden.
 */
export async function loadArticleDoc(reader: Actor, articleId: string, doc: Y.Doc, { accessChecked = false } = {}): Promise<boolean> {
  const checked = accessChecked ? null : await getArticleForEditing(reader, articleId);
  if (!accessChecked && !checked) return false;
  const stored = await readCollabState(articleId);
  if (stored) {
    Y.applyUpdate(doc, stored.state, SERVER_ORIGIN);
    const merged = stored.mergePending ? await mergePendingChange(reader, articleId, doc) : null;
    // Kept at once: the claim is taken, and a crash before the next store must not lose the merge.
    if (merged) await writeCollabState(articleId, Y.encodeStateAsUpdate(doc), merged.version);
    return true;
  }
  const article = checked ?? (await getArticleForEditing(reader, articleId));
  if (!article) return false;
  const fresh = new Y.Doc();
  writeArticleIntoDoc(fresh, article);
  const first = await claimFirstCollabState(articleId, Y.encodeStateAsUpdate(fresh), article.version);
  Y.applyUpdate(doc, first.state, SERVER_ORIGIN);
  return true;
}

/**
 * Writes the article's fields into a loaded document as one change everyone sees, when they changed
 * outside it (a restore, a re-import) and no other instance took that merge first. Returns the article
 * it merged, or null.
 */
export async function mergePendingChange(reader: Actor, articleId: string, doc: Y.Doc): Promise<EditableArticle | null> {
  if (!(await claimPendingMerge(articleId))) return null;
  // Read after the claim, so a change committed just before it is the one merged.
  const article = await getArticleForEditing(reader, articleId);
  if (!article) {
    await markCollabStateStale(await getDb(), articleId);
    return null;
  }
  writeArticleIntoDoc(doc, article);
  return article;
}

export type StoreOutcome =
  | { ok: true; version: number; changed: boolean; article?: StoredArticleState }
  | { ok: false; version: number | null; error: string; fieldErrors?: FieldErrors };

/**
 * Stores the document: its fields through saveArticle as `editor` (null: only the Yjs state, for
 * changes nobody made by hand), then the compacted state with the article version it matches.
 */
export async function storeArticleDoc(editor: Actor | null, articleId: string, doc: Y.Doc): Promise<StoreOutcome> {
  // A change made outside the document since (a restore on another instance) goes in first, or this
  // store would save the document's older fields over it.
  if (editor) await mergePendingChange(editor, articleId, doc);
  const saved = editor ? await saveFields(editor, articleId, doc) : null;
  // A save that went through names the version the state matches; otherwise the stored one does.
  const version = saved?.ok ? saved.version : await getArticleVersion(articleId);
  if (version === null) return { ok: false, version: null, error: 'This article no longer exists.' };
  await writeCollabState(articleId, Y.encodeStateAsUpdate(doc), version);
  if (!saved) return { ok: true, version, changed: false };
  return saved.ok ? saved : { ...saved, version };
}

/** The document's fields through the save path; a refusal names no version (the store reads the stored one). */
async function saveFields(editor: Actor, articleId: string, doc: Y.Doc): Promise<StoreOutcome> {
  const structure = bodyStructureProblem(doc);
  if (structure) return { ok: false, version: null, error: structure, fieldErrors: { body: structure } };
  const fields = fieldsFromDoc(doc);
  // Saved as the document holds it: no version to name (the document merged everyone's edits), and
  // the save checks the editor's access on the locked row.
  const result = await saveArticle(editor, { id: articleId, mode: 'autosave', fields }, { fromLiveDocument: true });
  if (!result.ok) return { ok: false, version: null, error: result.error, fieldErrors: result.fieldErrors };
  const { version, status, hasUnpublishedChanges, fields: stored } = result.article;
  // Only editors change bylines: the save kept the stored ones, and the document takes them back too.
  if (JSON.stringify(stored.authorIds) !== JSON.stringify(fields.authorIds)) writeFieldsIntoDoc(doc, { authorIds: stored.authorIds }, SERVER_ORIGIN);
  return { ok: true, version, changed: result.changed, article: { status, hasUnpublishedChanges } };
}
