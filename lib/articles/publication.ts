// Builds the public copy (published_articles row) of an article from its working copy: the one place
// that decides what readers get when something is published or updated.
import type { Article, PublishedArticle } from '@/db/schema';
import { countWords, docToPlainText, excerptFrom } from '@/lib/content/text';
import { articleColumnsOf, type ArticleColumnName } from './fields';

export type PublicationInput = {
  /** `kind` defaults to a news article. */
  article: Pick<Article, 'id' | ArticleColumnName> & Partial<Pick<Article, 'kind'>>;
  tagIds: string[];
  authorIds: string[];
  /** First publication time: kept across updates. */
  publishedAt: Date;
  modifiedAt: Date;
  /** The public copy this one replaces: an unchanged correction note keeps its time. */
  previous?: { correctionNote: string; correctedAt: Date | null } | null;
};

/** A note's time moves only when the note is added or changed, so /corrections lists notes by their own date. */
function correctedAtFor(input: PublicationInput): Date | null {
  const note = input.article.correctionNote.trim();
  if (!note) return null;
  const before = input.previous;
  return before && before.correctionNote.trim() === note ? (before.correctedAt ?? input.modifiedAt) : input.modifiedAt;
}

export function buildPublishedRow(input: PublicationInput): Omit<PublishedArticle, 'searchVector'> {
  const { article } = input;
  const bodyText = docToPlainText(article.body);
  const kind = article.kind ?? 'article';
  // A page has no tags or bylines in public: it can never count towards a tag or author page.
  const isPage = kind === 'page';
  return {
    articleId: article.id,
    kind,
    ...articleColumnsOf(article),
    bodyText,
    excerpt: article.excerpt.trim() || excerptFrom(article.dek.trim() || bodyText),
    tagIds: isPage ? [] : input.tagIds,
    authorIds: isPage ? [] : input.authorIds,
    wordCount: countWords(bodyText),
    publishedAt: input.publishedAt,
    modifiedAt: input.modifiedAt,
    correctedAt: correctedAtFor(input),
  };
}
