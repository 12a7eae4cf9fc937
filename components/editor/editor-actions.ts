// The server actions the editor calls, passed in as props by the page (so these components do not
// depend on a route), with the results the data layer returns. Field edits do not go through actions:
// they travel in the article's shared document (lib/collab).
import type { MediaSummary, Result, TagOption, WorkflowRequest } from '@/lib/articles/editorial-types';
import type { WorkflowResult } from '@/lib/articles/workflow';

export type MediaPage = { items: MediaSummary[]; total: number; page: number; pageSize: number };

export type EditorActions = {
  /** Has the server store the article's shared document now ("Save"), instead of a second later. */
  flush: (input: { id: string }) => Promise<{ ok: true } | { ok: false; error: string }>;
  workflow: (input: WorkflowRequest) => Promise<WorkflowResult>;
  checkSlug: (input: { slug: string; articleId: string | null }) => Promise<{ ok: true } | { ok: false; error: string }>;
  createTag: (input: { name: string }) => Promise<Result<{ tag: TagOption }>>;
  listMedia: (input: { page?: number; query?: string }) => Promise<MediaPage>;
};
