// Builds the article page's data from a working copy, so the staff preview (/preview/<id>) renders a
// draft exactly as its public page will look. Uncached (drafts never enter the public cache) and with
// no authorization of its own: the preview page checks the viewer first.
import 'server-only';
import type { PublicationInput } from './publication';
import { buildPublishedRow } from './publication';
import { buildArticlePageData, type PublishedArticleRow } from './public';
import type { ArticlePageData } from '@/lib/core/public-types';

export type DraftPageInput = {
  article: PublicationInput['article'];
  /** Working-copy tags and bylines (in byline order). */
  tagIds: string[];
  authorIds: string[];
  /** First publication time when the article is already public; otherwise the preview shows `now`. */
  publishedAt?: Date | null;
  now?: Date;
};

export async function buildArticlePageDataFromDraft(input: DraftPageInput): Promise<ArticlePageData> {
  const now = input.now ?? new Date();
  // The same function publishing uses, so excerpt, word count and reading time match the public page.
  const row = buildPublishedRow({ article: input.article, tagIds: input.tagIds, authorIds: input.authorIds, publishedAt: input.publishedAt ?? now, modifiedAt: now });
  const page: PublishedArticleRow = {
    id: row.articleId,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    excerpt: row.excerpt,
    featuredImageId: row.featuredImageId,
    tagIds: row.tagIds,
    authorIds: row.authorIds,
    wordCount: row.wordCount,
    publishedAt: row.publishedAt.toISOString(),
    modifiedAt: row.modifiedAt.toISOString(),
    body: row.body,
    featuredImageCaption: row.featuredImageCaption,
    featuredImageCredit: row.featuredImageCredit,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    correctionNote: row.correctionNote,
  };
  return buildArticlePageData(page);
}
