// Articles: the working copy staff edit, its tags and bylines, what readers see, revisions and the co-editing state.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { type DocJSON, bytea, ts, tsvector } from './columns';
import { media } from './media';
import { ownerId, users } from './staff';
import { tags } from './tags';

export const articleStatusEnum = pgEnum('article_status', ['draft', 'review', 'scheduled', 'published', 'trash']);
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];

/** An article is news (lists, feeds, sitemaps' news part); a page is standalone (/<slug>, the footer menu). */
export const articleKindEnum = pgEnum('article_kind', ['article', 'page']);
export type ArticleKind = (typeof articleKindEnum.enumValues)[number];

export const revisionKindEnum = pgEnum('revision_kind', ['autosave', 'save', 'publish', 'restore']);
export type RevisionKind = (typeof revisionKindEnum.enumValues)[number];

// ---------------------------------------------------------------- articles (the working copy staff edit)
/** The article fields both copies store the same way (fresh builders per table). */
const articleDetailColumns = () => ({
  excerpt: text('excerpt').notNull().default(''),
  featuredImageId: uuid('featured_image_id').references(() => media.id, { onDelete: 'set null' }),
  featuredImageCaption: text('featured_image_caption').notNull().default(''),
  featuredImageCredit: text('featured_image_credit').notNull().default(''),
  seoTitle: text('seo_title').notNull().default(''),
  seoDescription: text('seo_description').notNull().default(''),
  correctionNote: text('correction_note').notNull().default(''),
});

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Set at creation and never changed: same editor, revisions and workflow, different public place. */
    kind: articleKindEnum('kind').notNull().default('article'),
    status: articleStatusEnum('status').notNull().default('draft'),
    /** Working slug; the public one lives in published_articles until "Update" copies it over. */
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull().default(''),
    dek: text('dek').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull().default({ type: 'doc', content: [] }),
    ...articleDetailColumns(),
    /** When a scheduled article goes live; claimed once by a conditional update. */
    scheduledAt: ts('scheduled_at'),
    /** Status to return to when restored from trash. */
    statusBeforeTrash: articleStatusEnum('status_before_trash'),
    /** Working copy differs from what readers see (published articles only). */
    hasUnpublishedChanges: boolean('has_unpublished_changes').notNull().default(false),
    /** Optimistic concurrency: every save names the version it started from. */
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    trashedAt: ts('trashed_at'),
  },
  (t) => [
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc().nullsFirst()),
    index('articles_updated_idx').on(t.updatedAt.desc().nullsFirst()),
    index('articles_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
  ],
);
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/** Working-copy tags. */
export const articleTags = pgTable(
  'article_tags',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

/** Working-copy bylines, in order. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: ownerId(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_authors_user_idx').on(t.userId)],
);

/**
 * What readers see: a row exists only while an article is published, copied from the working copy on
 * publish/update and deleted on unpublish/trash. Public reads touch only this table, so drafts cannot leak.
 */
export const publishedArticles = pgTable(
  'published_articles',
  {
    articleId: uuid('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Copied from the working copy; public reads of news filter on it in one place (lib/articles/public-scope.ts). */
    kind: articleKindEnum('kind').notNull().default('article'),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull(),
    dek: text('dek').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull(),
    /** Plain text of the body, for search and reading time. */
    bodyText: text('body_text').notNull().default(''),
    ...articleDetailColumns(),
    /** Denormalised for index-backed tag and author listings; bylines keep their order. */
    tagIds: uuid('tag_ids').array().notNull().default(sql`'{}'::uuid[]`),
    authorIds: uuid('author_ids').array().notNull().default(sql`'{}'::uuid[]`),
    wordCount: integer('word_count').notNull().default(0),
    publishedAt: ts('published_at').notNull(),
    modifiedAt: ts('modified_at').notNull(),
    /** When the current correction note was added or last changed (null without one): /corrections' order. */
    correctedAt: ts('corrected_at'),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(dek, '')), 'B') || setweight(to_tsvector('english', coalesce(body_text, '')), 'C')`,
      ),
  },
  (t) => [
    // Newest first with a stable tiebreak (both descending, as the listings sort); read backwards it
    // serves the oldest-first sitemap files.
    index('published_articles_published_at_idx').on(t.publishedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst()),
    index('published_articles_modified_at_idx').on(t.modifiedAt.desc().nullsFirst()),
    // /corrections: only the few articles with a note, newest note first, without scanning the rest.
    index('published_articles_corrections_idx')
      .on(t.correctedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst())
      .where(sql`${t.correctionNote} <> ''`),
    index('published_articles_tag_ids_idx').using('gin', t.tagIds),
    index('published_articles_author_ids_idx').using('gin', t.authorIds),
    index('published_articles_search_idx').using('gin', t.searchVector),
  ],
);
export type PublishedArticle = typeof publishedArticles.$inferSelect;

/** The fields a revision snapshots: the whole working copy, tags and bylines included. */
export type ArticleSnapshot = {
  slug: string;
  headline: string;
  dek: string;
  body: DocJSON;
  excerpt: string;
  featuredImageId: string | null;
  featuredImageCaption: string;
  featuredImageCredit: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  tagIds: string[];
  authorIds: string[];
};

export const revisions = pgTable(
  'revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article version this snapshot produced. */
    version: integer('version').notNull(),
    kind: revisionKindEnum('kind').notNull(),
    snapshot: jsonb('snapshot').$type<ArticleSnapshot>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('revisions_article_idx').on(t.articleId, t.createdAt.desc().nullsFirst())],
);
export type Revision = typeof revisions.$inferSelect;

/**
 * The live-editing document of an article (lib/collab): its Yjs state, compacted to one update on
 * every store, and the article version it was stored with. `mergePending`: the article changed outside
 * the document (a revision restored, a re-import) and its fields go into the document on the next load.
 */
export const articleCollabStates = pgTable('article_collab_states', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  articleVersion: integer('article_version').notNull(),
  mergePending: boolean('merge_pending').notNull().default(false),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type ArticleCollabState = typeof articleCollabStates.$inferSelect;
