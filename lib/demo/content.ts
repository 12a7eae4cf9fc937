// The demo articles as data: every story is original, fictional local and national news from the
// Kessen Valley, written in the small markup that tiptap.ts turns into Tiptap JSON.
import type { PictureKey } from './pictures';
import type { StaffKey } from './staff';
import type { TagSlug } from './tags';
import { NEWS_ARTICLES } from './content-news';
import { LIFE_ARTICLES } from './content-life';
import { UNPUBLISHED_ARTICLES } from './content-unpublished';
import { LIVE_ARTICLE } from './content-live';

export type SeedArticle = {
  slug: string;
  headline: string;
  dek: string;
  tags: TagSlug[];
  /** Bylines in order; the first also created the article unless createdBy says otherwise. */
  authors: StaffKey[];
  createdBy?: StaffKey;
  image: PictureKey;
  /** Caption for the featured image on this article. */
  caption: string;
  excerpt?: string;
  seoTitle?: string;
  seoDescription?: string;
  correctionNote?: string;
  /** Markup: see parseBody in tiptap.ts. */
  body: string;
};

export type SeedPublishedArticle = SeedArticle & {
  /** Published this many days before the seed runs. */
  daysAgo: number;
  /** Last updated this many hours after publication (corrections, new details). */
  updatedAfterHours?: number;
};

export type SeedUnpublishedArticle = SeedArticle & {
  status: 'draft' | 'review' | 'scheduled' | 'trash';
  /** Last edited this many days before the seed runs. */
  daysAgo: number;
  /** For 'scheduled': goes live this many days after the seed runs. */
  scheduledInDays?: number;
};

export const PUBLISHED_ARTICLES: SeedPublishedArticle[] = [LIVE_ARTICLE, ...NEWS_ARTICLES, ...LIFE_ARTICLES];
export { UNPUBLISHED_ARTICLES };
