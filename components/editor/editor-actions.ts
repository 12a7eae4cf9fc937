// The server actions the editor calls, passed in as props by the page (so these components do not
// depend on a route), with the results the data layer returns.
import type { EditableArticle, MediaSummary, Result, TagOption, WorkflowRequest } from '@/lib/articles/editorial-types';
import type { PresentEditor } from '@/lib/articles/presence';
import type { SaveRequest, SaveResult } from '@/lib/articles/save';
import type { WorkflowResult } from '@/lib/articles/workflow';

export type MediaPage = { items: MediaSummary[]; total: number; page: number; pageSize: number };

export type EditorActions = {
  create: (input: { fields: unknown }) => Promise<Result<{ article: EditableArticle }>>;
  save: (input: SaveRequest) => Promise<SaveResult>;
  workflow: (input: WorkflowRequest) => Promise<WorkflowResult>;
  heartbeat: (articleId: string) => Promise<PresentEditor[] | null>;
  leave: (articleId: string) => Promise<void>;
  checkSlug: (input: { slug: string; articleId: string | null }) => Promise<{ ok: true } | { ok: false; error: string }>;
  createTag: (input: { name: string }) => Promise<Result<{ tag: TagOption }>>;
  listMedia: (input: { page?: number; query?: string }) => Promise<MediaPage>;
};
