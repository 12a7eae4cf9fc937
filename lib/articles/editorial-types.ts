// Shapes the editorial data layer hands to dashboard pages and the editor (plain, serialisable DTOs),
// and the typed results of its writes. Types only, so client components may import them.
import type { ArticleKind, ArticleStatus, DocJSON, RevisionKind, Role } from '@/db/schema';

export type { ArticleKind, ArticleStatus, DocJSON, RevisionKind, Role };
import type { FieldMessages, WriteFailure, WriteResult } from '@/lib/core/result';
import type { TagRef } from '@/lib/core/public-types';
import type { MediaSummary } from '@/lib/media/types';
import type { ArticleFields, FieldErrors } from './fields';

export type StaffOption = { id: string; name: string; role: Role };
/** A tag in pickers and lists: the same shape readers get. */
export type TagOption = TagRef;

export type { MediaSummary };

/** What an editor may do to this article right now, computed with can() for the viewer. */
export type ArticleAbilities = {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  trash: boolean;
  restore: boolean;
  setBylines: boolean;
};

export type EditableArticle = {
  id: string;
  /** 'page' for a standalone page: the editor hides what pages do not use (tags, bylines, dek, correction note). */
  kind: ArticleKind;
  status: ArticleStatus;
  version: number;
  hasUnpublishedChanges: boolean;
  scheduledAt: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
  /** The public copy, while published. */
  publishedAt: string | null;
  publicSlug: string | null;
  fields: ArticleFields;
  tags: TagOption[];
  authors: StaffOption[];
  featuredImage: MediaSummary | null;
  abilities: ArticleAbilities;
};

export type DashboardArticle = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  hasUnpublishedChanges: boolean;
  authors: { id: string; name: string }[];
  tags: TagOption[];
  updatedAt: string;
  createdAt: string;
  scheduledAt: string | null;
  publishedAt: string | null;
};

export type StatusCounts = Record<ArticleStatus, number> & { all: number };

export type RevisionSummary = {
  id: string;
  version: number;
  kind: RevisionKind;
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  headline: string;
};

export type Failure = WriteFailure<FieldErrors & FieldMessages>;

export type Result<T extends object = object> = WriteResult<T, FieldErrors & FieldMessages>;

export type WorkflowStep = 'submit' | 'publish' | 'update' | 'schedule' | 'unschedule' | 'unpublish' | 'trash' | 'restore';
/** What the editor asks of the workflow action; `scheduledAt` (ISO with offset) only for 'schedule'. */
export type WorkflowRequest = { step: WorkflowStep; id: string; version?: number; scheduledAt?: string };
