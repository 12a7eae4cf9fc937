// Live coverage: which articles are live and their entries.
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgSequence, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { type DocJSON, ts } from './columns';
import { users } from './staff';

// ---------------------------------------------------------------- live coverage
/**
 * Every change to live coverage (an entry posted, edited or deleted; coverage started or ended) takes
 * the next number of this sequence: readers ask "what changed since N" and SSE events carry it as id.
 */
export const liveChangeSeq = pgSequence('live_change_seq');
const nextLiveChange = () => sql`nextval('live_change_seq')`;

/** An article with a row here is a live article; `endedAt` set means the coverage has ended. */
export const liveCoverage = pgTable('live_coverage', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  startedAt: ts('started_at').notNull().defaultNow(),
  endedAt: ts('ended_at'),
  change: bigint('change', { mode: 'number' }).notNull().default(nextLiveChange()),
});
export type LiveCoverage = typeof liveCoverage.$inferSelect;

/**
 * One entry of a live article. Deleted entries stay as tombstones (body emptied) so a reader that was
 * away learns of the deletion when it catches up.
 */
export const liveEntries = pgTable(
  'live_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    headline: text('headline').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull(),
    bodyText: text('body_text').notNull().default(''),
    pinned: boolean('pinned').notNull().default(false),
    keyEvent: boolean('key_event').notNull().default(false),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    postedAt: ts('posted_at').notNull().defaultNow(),
    /** Set when an entry is edited after posting (readers see "updated"). */
    editedAt: ts('edited_at'),
    deletedAt: ts('deleted_at'),
    change: bigint('change', { mode: 'number' }).notNull().default(nextLiveChange()),
  },
  (t) => [
    index('live_entries_article_posted_idx').on(t.articleId, t.postedAt.desc().nullsFirst()),
    index('live_entries_article_change_idx').on(t.articleId, t.change),
  ],
);
export type LiveEntry = typeof liveEntries.$inferSelect;
