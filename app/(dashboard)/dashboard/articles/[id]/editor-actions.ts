// The server actions the editor receives as props (new and existing articles use the same set).
import type { EditorActions } from '@/components/editor/editor-actions';
import { createArticleAction } from '../new/actions';
import {
  checkSlugAction,
  createTagInlineAction,
  heartbeatAction,
  leaveAction,
  listMediaAction,
  saveArticleAction,
  workflowAction,
} from './actions';

export const editorActions: EditorActions = {
  create: createArticleAction,
  save: saveArticleAction,
  workflow: workflowAction,
  heartbeat: heartbeatAction,
  leave: leaveAction,
  checkSlug: checkSlugAction,
  createTag: createTagInlineAction,
  listMedia: listMediaAction,
};
