// Test fixtures for the editorial layer: staff of each role, tags, media rows and article bodies,
// written straight to the test database (the integration tests then go through the real lib code).
import crypto from 'node:crypto';
import { getDb } from '@/db/client';
import { media, tags, users, type DocJSON, type Role } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { blankArticleFields, type ArticleFieldsInput } from './fields';

export async function makeStaff(role: Role, name = `${role} ${crypto.randomBytes(3).toString('hex')}`): Promise<Actor & { name: string }> {
  const db = await getDb();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [row] = await db.insert(users).values({ email: `${slug}@example.test`, name, slug, role }).returning();
  return { id: row!.id, role: row!.role, name: row!.name };
}

export async function makeTag(name: string) {
  const db = await getDb();
  const [row] = await db.insert(tags).values({ name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') }).returning();
  return row!;
}

/** A media row as the library would hold it (no file needed by the data layer). */
export async function makeMedia() {
  const db = await getDb();
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(media)
    .values({ id, storageKey: `2026-11/${id}/original.png`, mimeType: 'image/png', width: 800, height: 600, bytes: 1000 })
    .returning();
  return row!;
}

export function paragraphs(...texts: string[]): DocJSON {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

export function figureNode(row: { id: string; storageKey: string }, caption = 'A caption') {
  return { type: 'figure', attrs: { mediaId: row.id, src: `/media/${row.storageKey}`, alt: 'Alt text', caption, credit: 'Staff', width: 800, height: 600 } };
}

export function fieldsFor(authorIds: string[], overrides: Partial<ArticleFieldsInput> = {}): ArticleFieldsInput {
  return {
    ...blankArticleFields(authorIds[0] ?? ''),
    headline: 'Harbour ferry timetable changes next month',
    body: paragraphs('The ferry will run every twenty minutes.'),
    authorIds,
    ...overrides,
  };
}
