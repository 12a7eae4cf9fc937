// The site's settings row, its old addresses (redirects) and the edge-purge outbox.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { ts } from './columns';
import { media } from './media';
import { roleEnum, users } from './staff';
import { tags } from './tags';

// ---------------------------------------------------------------- site settings (one row, id = 1)
export const siteSettings = pgTable('site_settings', {
  id: integer('id').primaryKey().default(1),
  siteName: text('site_name').notNull().default('Byline'),
  description: text('description').notNull().default(''),
  logoId: uuid('logo_id').references(() => media.id, { onDelete: 'set null' }),
  copyright: text('copyright').notNull().default(''),
  defaultSocialImageId: uuid('default_social_image_id').references(() => media.id, { onDelete: 'set null' }),
  /** Roles whose members must sign in with a second factor (TOTP or a passkey). */
  secondFactorRoles: roleEnum('second_factor_roles').array().notNull().default(sql`'{}'::staff_role[]`),
  /** The pages linked from the site footer, in order (lib/settings/footer.ts); unpublished ones are skipped. */
  footerPageIds: uuid('footer_page_ids').array().notNull().default(sql`'{}'::uuid[]`),
  /** IANA zone for every time shown, fed and scheduled (lib/i18n/site-time.ts); null: SITE_TIME_ZONE. */
  timeZone: text('time_zone'),
  /** The reader site's language (lib/config/site-locale.ts); null: SITE_LOCALE. */
  locale: text('locale'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type SiteSettings = typeof siteSettings.$inferSelect;

// ---------------------------------------------------------------- redirects
export const REDIRECT_SOURCES = ['manual', 'wordpress', 'slug-change'] as const;
export type RedirectSource = (typeof REDIRECT_SOURCES)[number];

/**
 * Every old public address, whoever made it (lib/redirects, docs/architecture.md "Old addresses"). A row
 * points at exactly one target: a path (an admin's redirect, an imported site's address), or the article,
 * tag or author it was an address of (a slug change), so it follows every later rename and goes with
 * the row it points at.
 */
export const redirects = pgTable(
  'redirects',
  {
    /** Path (and for WordPress's `/?p=ID` forms, its query), without a trailing slash. */
    fromPath: text('from_path').primaryKey(),
    source: text('source', { enum: REDIRECT_SOURCES }).notNull().default('manual'),
    toPath: text('to_path'),
    articleId: uuid('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    status: integer('status').notNull().default(308),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('redirects_one_target', sql`num_nonnulls(${t.toPath}, ${t.articleId}, ${t.tagId}, ${t.userId}) = 1`),
    index('redirects_article_idx').on(t.articleId),
    index('redirects_tag_idx').on(t.tagId),
    index('redirects_user_idx').on(t.userId),
  ],
);
export type Redirect = typeof redirects.$inferSelect;

// ---------------------------------------------------------------- edge cache purges (outbox)
/**
 * Purges owed to the edge caches (EDGE_PURGE_URLS): written when a write expires cache tags, and
 * retried by every instance until each edge has confirmed, so a crash or an edge that is briefly down
 * cannot leave a stale page at the edge. `pendingEdges` shrinks as edges confirm. Each purge is sent
 * in two rounds (lib/cache/edge-purge.ts says why).
 */
export const edgePurges = pgTable(
  'edge_purges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keys: text('keys').array().notNull(),
    pendingEdges: text('pending_edges').array().notNull(),
    attempts: integer('attempts').notNull().default(0),
    round: integer('round').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [index('edge_purges_due_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`)],
);
export type EdgePurge = typeof edgePurges.$inferSelect;
