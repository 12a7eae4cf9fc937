// The staff preview of a working copy: the public page's data built from the draft (never cached),
// for staff who may view the article. A standalone page previews as a page.
import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { publishedArticles } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { buildArticlePageDataFromDraft } from './public-view';
import { buildPageData } from './public-pages';
import type { ArticlePageData, PageData } from '@/lib/core/public-types';
import { articleRef, loadWorkingCopy } from './working-copy';

export type ArticlePreview = ({ kind: 'article'; page: ArticlePageData } | { kind: 'page'; page: PageData }) & {
  status: string;
  hasUnpublishedChanges: boolean;
};

export async function getArticlePreview(actor: Actor, id: string): Promise<ArticlePreview | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const copy = await loadWorkingCopy(db, id);
  if (!copy || !can(actor, { kind: 'article:view', article: articleRef(copy) })) return null;
  const [published] = await db.select({ publishedAt: publishedArticles.publishedAt }).from(publishedArticles).where(eq(publishedArticles.articleId, id));
  const state = { status: copy.article.status, hasUnpublishedChanges: copy.article.hasUnpublishedChanges };
  const now = new Date().toISOString();
  if (copy.article.kind === 'page') {
    const a = copy.article;
    const page = await buildPageData({
      id: a.id,
      slug: a.slug,
      headline: a.headline,
      body: a.body,
      excerpt: a.excerpt,
      seoTitle: a.seoTitle,
      seoDescription: a.seoDescription,
      featuredImageId: a.featuredImageId,
      publishedAt: published?.publishedAt.toISOString() ?? now,
      modifiedAt: now,
    });
    return { kind: 'page', page, ...state };
  }
  const page = await buildArticlePageDataFromDraft({ article: copy.article, tagIds: copy.tagIds, authorIds: copy.authorIds, publishedAt: published?.publishedAt ?? null });
  return { kind: 'article', page, ...state };
}
