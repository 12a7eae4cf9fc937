// The server actions the editor receives as props.
import type { EditorActions } from '@/components/editor/editor-actions';
import { checkSlugAction, createTagInlineAction, flushArticleAction, listMediaAction, workflowAction } from './actions';

export const editorActions: EditorActions = {
  flush: flushArticleAction,
  workflow: workflowAction,
  checkSlug: checkSlugAction,
  createTag: createTagInlineAction,
  listMedia: listMediaAction,
};
