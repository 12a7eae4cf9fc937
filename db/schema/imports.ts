// Import runs and what each made from its source items.
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './staff';

// ---------------------------------------------------------------- imports (WordPress and later Byline archives)
export type ImportCounts = { imported: number; updated: number; skipped: number; failed: number; comments: number };
export type ImportProblem = { item: string; message: string };

/** One run of an importer: what it did and every construct it could not carry over exactly. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    /** The old site's base URL (WordPress) the run read. */
    site: text('site').notNull().default(''),
    fileName: text('file_name').notNull().default(''),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull().default('running'),
    counts: jsonb('counts').$type<ImportCounts>().notNull().default({ imported: 0, updated: 0, skipped: 0, failed: 0, comments: 0 }),
    problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('imports_started_idx').on(t.startedAt.desc().nullsFirst())],
);
export type ImportRun = typeof imports.$inferSelect;

/** What an import made from each source item, so re-running the same export updates instead of duplicating. */
export const importedItems = pgTable(
  'imported_items',
  {
    site: text('site').notNull(),
    /** 'post', 'page', 'attachment', 'author' or 'term'. */
    kind: text('kind').notNull(),
    sourceId: text('source_id').notNull(),
    targetId: uuid('target_id').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.site, t.kind, t.sourceId] })],
);
