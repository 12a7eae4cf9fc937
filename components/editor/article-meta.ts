// The editor's view of an article's server-side state (everything except the editable fields).
import type { ArticleAbilities, ArticleStatus, ConflictFailure, EditableArticle } from '@/lib/articles/editorial-types';

export type ArticleMeta = {
  id: string | null;
  /** A standalone page lives at /<slug>; absent for a new (unsaved) article. */
  kind?: 'article' | 'page';
  version: number;
  status: ArticleStatus;
  hasUnpublishedChanges: boolean;
  scheduledAt: string | null;
  publishedAt: string | null;
  publicSlug: string | null;
  updatedAt: string | null;
  abilities: ArticleAbilities;
};

export function metaFrom(article: EditableArticle): ArticleMeta {
  return {
    id: article.id,
    kind: article.kind,
    version: article.version,
    status: article.status,
    hasUnpublishedChanges: article.hasUnpublishedChanges,
    scheduledAt: article.scheduledAt,
    publishedAt: article.publishedAt,
    publicSlug: article.publicSlug,
    updatedAt: article.updatedAt,
    abilities: article.abilities,
  };
}

export function newArticleMeta(abilities: ArticleAbilities): ArticleMeta {
  return { id: null, version: 0, status: 'draft', hasUnpublishedChanges: false, scheduledAt: null, publishedAt: null, publicSlug: null, updatedAt: null, abilities };
}

export function isConflict(result: { ok: boolean }): result is ConflictFailure {
  return !result.ok && (result as ConflictFailure).code === 'conflict' && Boolean((result as ConflictFailure).latest);
}
