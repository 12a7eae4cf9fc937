// Shapes the editorial data layer hands to dashboard pages and the editor (plain, serialisable DTOs),
// and the typed results of its writes. Types only, so client components may import them.
import type { ArticleStatus, DocJSON, RevisionKind, Role } from '@/db/schema';

export type { ArticleStatus, DocJSON, RevisionKind, Role };
import type { ArticleFields, FieldErrors } from './fields';

export type StaffOption = { id: string; name: string; role: Role };
export type TagOption = { id: string; name: string; slug: string };

export type MediaSummary = {
  id: string;
  /** Full-size file, `/media/<storageKey>`. */
  src: string;
  /** Smallest variant (or the original), for pickers and cards. */
  thumbSrc: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  uploadedById: string | null;
  createdAt: string;
};

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

export type Failure = {
  ok: false;
  code: 'forbidden' | 'not_found' | 'invalid' | 'conflict';
  error: string;
  /** Messages keyed by field name, shown next to the field. */
  fieldErrors?: FieldErrors & Partial<Record<string, string>>;
};

/** A save over a newer version: the newer version comes back so the editor can show it (and keep yours). */
export type ConflictFailure = Failure & { code: 'conflict'; latest: EditableArticle };

export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export type WorkflowStep = 'submit' | 'publish' | 'update' | 'schedule' | 'unschedule' | 'unpublish' | 'trash' | 'restore';
/** What the editor asks of the workflow action; `scheduledAt` (ISO with offset) only for 'schedule'. */
export type WorkflowRequest = { step: WorkflowStep; id: string; version?: number; scheduledAt?: string };
