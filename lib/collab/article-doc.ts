// Loading an article's live document and storing it back: the Yjs state goes to article_collab_states,
// and the fields derived from it go through the article save path (the same validation, revisions
// coalesced per person, preview and search), as an autosave by the person who changed it last.
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
 * instance holds. False when the article is gone or hidden from `reader`.
 */
export async function loadArticleDoc(reader: Actor, articleId: string, doc: Y.Doc): Promise<boolean> {
  const article = await getArticleForEditing(reader, articleId);
  if (!article) return false;
  const stored = await readCollabState(articleId);
  if (stored) {
    Y.applyUpdate(doc, stored.state, SERVER_ORIGIN);
    if (stored.mergePending && (await claimPendingMerge(articleId))) {
      writeArticleIntoDoc(doc, article);
      // Kept at once: the claim is taken, and a crash before the next store must not lose the merge.
      await writeCollabState(articleId, Y.encodeStateAsUpdate(doc), article.version);
    }
    return true;
  }
  const fresh = new Y.Doc();
  writeArticleIntoDoc(fresh, article);
  const first = await claimFirstCollabState(articleId, Y.encodeStateAsUpdate(fresh), article.version);
  Y.applyUpdate(doc, first.state, SERVER_ORIGIN);
  return true;
}

/**
 * Writes the article's fields into a loaded document as one change everyone sees, when they changed
 * outside it (a restore, a re-import) and no other instance took that merge first. True when it merged.
 */
export async function mergePendingChange(reader: Actor, articleId: string, doc: Y.Doc): Promise<boolean> {
  if (!(await claimPendingMerge(articleId))) return false;
  // Read after the claim, so a change committed just before it is the one merged.
  const article = await getArticleForEditing(reader, articleId);
  if (!article) {
    await markCollabStateStale(await getDb(), articleId);
    return false;
  }
  writeArticleIntoDoc(doc, article);
  return true;
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
  const outcome = editor ? await saveFields(editor, articleId, doc) : null;
  const version = outcome ? outcome.version : await getArticleVersion(articleId);
  if (version === null) return { ok: false, version: null, error: 'This article no longer exists.' };
  await writeCollabState(articleId, Y.encodeStateAsUpdate(doc), version);
  return outcome ?? { ok: true, version, changed: false };
}

async function saveFields(editor: Actor, articleId: string, doc: Y.Doc): Promise<StoreOutcome> {
  const current = await getArticleForEditing(editor, articleId);
  if (!current) return { ok: false, version: await getArticleVersion(articleId), error: 'This article is no longer visible to its last editor.' };
  const structure = bodyStructureProblem(doc);
  if (structure) return { ok: false, version: current.version, error: structure, fieldErrors: { body: structure } };
  const fields = fieldsFromDoc(doc, current.fields);
  // Only editors change bylines: a byline change by anyone else is put back, in the document too.
  if (!current.abilities.setBylines && JSON.stringify(fields.authorIds) !== JSON.stringify(current.fields.authorIds)) {
    fields.authorIds = current.fields.authorIds;
    writeFieldsIntoDoc(doc, { authorIds: current.fields.authorIds }, SERVER_ORIGIN);
  }
  let baseVersion = current.version;
  // The document is the truth: a version made meanwhile (a workflow step) is simply the new base.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await saveArticle(editor, { id: articleId, baseVersion, mode: 'autosave', fields });
    if (result.ok) {
      const { status, hasUnpublishedChanges } = result.article;
      return { ok: true, version: result.article.version, changed: result.changed, article: { status, hasUnpublishedChanges } };
    }
    if (result.code === 'conflict' && 'latest' in result) {
      baseVersion = result.latest.version;
      continue;
    }
    return { ok: false, version: baseVersion, error: result.error, fieldErrors: 'fieldErrors' in result ? result.fieldErrors : undefined };
  }
  return { ok: false, version: baseVersion, error: 'The article kept changing while it was saved; it will be saved again.' };
}
