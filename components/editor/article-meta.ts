// The editor's view of an article's server-side state (everything except the editable fields).
import type { ArticleAbilities, ArticleStatus, EditableArticle } from '@/lib/articles/editorial-types';

export type ArticleMeta = {
  id: string | null;
  /** A standalone page lives at /<slug>. */
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
