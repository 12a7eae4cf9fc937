// Builds the public copy (published_articles row) of an article from its working copy: the one place
// that decides what readers get when something is published or updated.
import type { Article, PublishedArticle } from '@/db/schema';
import { countWords, docToPlainText, excerptFrom } from '@/lib/content/text';

export type PublicationInput = {
  article: Pick<
    Article,
    | 'id'
    | 'slug'
    | 'headline'
    | 'dek'
    | 'body'
    | 'excerpt'
    | 'featuredImageId'
    | 'featuredImageCaption'
    | 'featuredImageCredit'
    | 'seoTitle'
    | 'seoDescription'
    | 'correctionNote'
  >;
  tagIds: string[];
  authorIds: string[];
  /** First publication time: kept across updates. */
  publishedAt: Date;
  modifiedAt: Date;
};

export function buildPublishedRow(input: PublicationInput): Omit<PublishedArticle, 'searchVector'> {
  const { article } = input;
  const bodyText = docToPlainText(article.body);
  return {
    articleId: article.id,
    slug: article.slug,
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    bodyText,
    excerpt: article.excerpt.trim() || excerptFrom(article.dek.trim() || bodyText),
    featuredImageId: article.featuredImageId,
    featuredImageCaption: article.featuredImageCaption,
    featuredImageCredit: article.featuredImageCredit,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    correctionNote: article.correctionNote,
    tagIds: input.tagIds,
    authorIds: input.authorIds,
    wordCount: countWords(bodyText),
    publishedAt: input.publishedAt,
    modifiedAt: input.modifiedAt,
  };
}
