// Turns the article data into system writes (lib/articles/system-write.ts): the fields, status, times and
// people of each story, checked and written (working copy, links, public copy, revision) by the one
// entry every importer uses.
import crypto from 'node:crypto';
import type { Media } from '@/db/schema';
import type { SystemArticleCreate } from '@/lib/articles/system-write';
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

/** The demo stories as system writes (lib/articles/system-write.ts), the way an import writes its posts. */
export type SeedArticleWrite = SystemArticleCreate & { newId: string };

/** To the minute, so seeded times look like times people would type. */
const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);

function seedFields(data: SeedArticle, refs: SeedRefs) {
  const picture = refs.pictures[data.image];
  const body = parseBody(data.body, (key, caption) => {
    const m = refs.pictures[key as PictureKey];
    if (!m) throw new Error(`Seed article ${data.slug}: unknown figure picture "${key}"`);
    return { mediaId: m.id, src: mediaPath(m.storageKey), alt: m.alt, caption: caption || m.caption, credit: m.credit, width: m.width, height: m.height };
  });
  return {
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
    tagIds: data.tags.map((t) => refs.tagIds[t]),
    authorIds: data.authors.map((a) => refs.staffIds[a]),
  };
}

export function buildArticleWrites(published: SeedPublishedArticle[], unpublished: SeedUnpublishedArticle[], refs: SeedRefs): SeedArticleWrite[] {
  const now = refs.now.getTime();
  const createdByOf = (data: SeedArticle) => refs.staffIds[data.createdBy ?? data.authors[0]!];
  const stories = published.map((data): SeedArticleWrite => {
    const createdById = createdByOf(data);
    const publishedAt = minute(now - data.daysAgo * DAY);
    const modifiedAt = minute(Math.min(now, publishedAt.getTime() + (data.updatedAfterHours ?? 0) * HOUR));
    // Contributors cannot publish: the news editor pressed the button on their stories.
    const publisherId = data.createdBy === 'contributor' ? refs.staffIds.editor : createdById;
    return {
      newId: crypto.randomUUID(),
      fields: seedFields(data, refs),
      status: 'published',
      createdById,
      createdAt: minute(publishedAt.getTime() - (3 + (data.slug.length % 9)) * HOUR),
      updatedById: publisherId,
      updatedAt: modifiedAt,
      publication: { publishedAt, modifiedAt },
      revision: { authorId: publisherId, at: publishedAt },
    };
  });
  const others = unpublished.map((data): SeedArticleWrite => {
    const createdById = createdByOf(data);
    const updatedAt = minute(now - data.daysAgo * DAY);
    return {
      newId: crypto.randomUUID(),
      fields: seedFields(data, refs),
      status: data.status,
      createdById,
      createdAt: minute(updatedAt.getTime() - 5 * HOUR),
      updatedById: createdById,
      updatedAt,
      scheduledAt: data.status === 'scheduled' ? minute(now + (data.scheduledInDays ?? 3) * DAY) : null,
      statusBeforeTrash: data.status === 'trash' ? 'draft' : null,
      trashedAt: data.status === 'trash' ? updatedAt : null,
      revision: { authorId: createdById, at: updatedAt },
    };
  });
  return [...stories, ...others];
}
