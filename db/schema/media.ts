// Uploaded images and their responsive variants.
import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';

// ---------------------------------------------------------------- media
export type MediaVariant = { width: number; height: number; key: string; bytes: number };

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Key of the full-size, metadata-stripped file in the storage backend. */
    storageKey: text('storage_key').notNull().unique(),
    originalName: text('original_name').notNull().default(''),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    /** Responsive sizes made with sharp at upload, smallest first. */
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    uploadedById: uuid('uploaded_by_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('media_created_at_idx').on(t.createdAt.desc().nullsFirst())],
);
export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;
