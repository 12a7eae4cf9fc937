// Turns the article data into rows: working copies, tags, bylines, revisions and, for published
// stories, the public copy made by the same buildPublishedRow the publish action uses.
import crypto from 'node:crypto';
import type { ArticleSnapshot, Media, NewArticle, PublishedArticle, Revision } from '@/db/schema';
import { buildPublishedRow } from '@/lib/articles/publication';
import { checkArticleDoc } from '@/lib/content/schema';
import { mediaPath } from '@/lib/core/routes';
import { excerptFrom } from '@/lib/content/text';
import type { SeedArticle, SeedPublishedArticle, SeedUnpublishedArticle } from './content';
import type { PictureKey } from './pictures';
import type { StaffKey } from './staff';
import type { TagSlug } from './tags';
import { firstParagraphText, parseBody } from './tiptap';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type SeedRefs = {
  now: Date;
  staffIds: Record<StaffKey, string>;
  tagIds: Record<TagSlug, string>;
  pictures: Record<PictureKey, Media>;
};

export type ArticleRows = {
  articles: NewArticle[];
  articleTags: { articleId: string; tagId: string }[];
  articleAuthors: { articleId: string; userId: string; position: number }[];
  published: Omit<PublishedArticle, 'searchVector'>[];
  revisions: Omit<Revision, 'id'>[];
};

/** To the minute, so seeded times look like times people would type. */
const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);

function workingCopy(data: SeedArticle, refs: SeedRefs) {
  const picture = refs.pictures[data.image];
  const body = parseBody(data.body, (key, caption) => {
    const m = refs.pictures[key as PictureKey];
    if (!m) throw new Error(`Seed article ${data.slug}: unknown figure picture "${key}"`);
    return { mediaId: m.id, src: mediaPath(m.storageKey), alt: m.alt, caption: caption || m.caption, credit: m.credit, width: m.width, height: m.height };
  });
  const check = checkArticleDoc(body);
  if (!check.ok) throw new Error(`Seed article ${data.slug}: ${check.error}`);
  const fields = {
    slug: data.slug,
    headline: data.headline,
    dek: data.dek,
    body,
    excerpt: data.excerpt ?? excerptFrom(firstParagraphText(data.body)),
    featuredImageId: picture.id,
    featuredImageCaption: data.caption,
    featuredImageCredit: picture.credit,
    seoTitle: data.seoTitle ?? '',
    seoDescription: data.seoDescription ?? '',
    correctionNote: data.correctionNote ?? '',
  };
  const article = { id: crypto.randomUUID(), ...fields };
  const tagIds = data.tags.map((t) => refs.tagIds[t]);
  const authorIds = data.authors.map((a) => refs.staffIds[a]);
  const createdById = refs.staffIds[data.createdBy ?? data.authors[0]!];
  const snapshot: ArticleSnapshot = { ...fields, tagIds, authorIds };
  return { article, tagIds, authorIds, createdById, snapshot };
}

export function buildArticleRows(published: SeedPublishedArticle[], unpublished: SeedUnpublishedArticle[], refs: SeedRefs): ArticleRows {
  const rows: ArticleRows = { articles: [], articleTags: [], articleAuthors: [], published: [], revisions: [] };
  const now = refs.now.getTime();
  const link = (articleId: string, tagIds: string[], authorIds: string[]) => {
    for (const tagId of tagIds) rows.articleTags.push({ articleId, tagId });
    authorIds.forEach((userId, position) => rows.articleAuthors.push({ articleId, userId, position }));
  };

  for (const data of published) {
    const { article, tagIds, authorIds, createdById, snapshot } = workingCopy(data, refs);
    const publishedAt = minute(now - data.daysAgo * DAY);
    const modifiedAt = minute(Math.min(now, publishedAt.getTime() + (data.updatedAfterHours ?? 0) * HOUR));
    const createdAt = minute(publishedAt.getTime() - (3 + (data.slug.length % 9)) * HOUR);
    // Contributors cannot publish: the news editor pressed the button on their stories.
    const publisherId = data.createdBy === 'contributor' ? refs.staffIds.editor : createdById;
    rows.articles.push({
      ...article,
      status: 'published',
      version: 1,
      createdById,
      updatedById: publisherId,
      createdAt,
      updatedAt: modifiedAt,
    });
    link(article.id, tagIds, authorIds);
    rows.published.push(buildPublishedRow({ article, tagIds, authorIds, publishedAt, modifiedAt }));
    rows.revisions.push({ articleId: article.id, version: 1, kind: 'publish', snapshot, authorId: publisherId, createdAt: publishedAt, updatedAt: publishedAt });
  }

  for (const data of unpublished) {
    const { article, tagIds, authorIds, createdById, snapshot } = workingCopy(data, refs);
    const updatedAt = minute(now - data.daysAgo * DAY);
    rows.articles.push({
      ...article,
      status: data.status,
      version: 1,
      createdById,
      updatedById: createdById,
      createdAt: minute(updatedAt.getTime() - 5 * HOUR),
      updatedAt,
      scheduledAt: data.status === 'scheduled' ? minute(now + (data.scheduledInDays ?? 3) * DAY) : null,
      statusBeforeTrash: data.status === 'trash' ? 'draft' : null,
      trashedAt: data.status === 'trash' ? updatedAt : null,
    });
    link(article.id, tagIds, authorIds);
    rows.revisions.push({ articleId: article.id, version: 1, kind: 'save', snapshot, authorId: createdById, createdAt: updatedAt, updatedAt });
  }
  return rows;
}
