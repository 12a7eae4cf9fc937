// The media library as staff use it: upload (authorized, decoded and cleaned by storeImage), list with
// pagination for the picker and the library page, and edit alt text, caption and credit.
import 'server-only';
import { count, desc, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { staffText } from '@/lib/core/text-rule';
import { getDb } from '@/db/client';
import { media, type Media } from '@/db/schema';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { can, type Actor } from '@/lib/permissions/can';
import { mediaPath } from '@/lib/core/routes';
import type { WriteResult } from '@/lib/core/result';
import type { MediaSummary } from './types';
import { ImageRejected, MAX_UPLOAD_BYTES } from './process-image';
import { storeImage } from './store-image';

export { MAX_UPLOAD_BYTES };

export function toMediaSummary(row: Media): MediaSummary {
  const smallest = row.variants[0];
  return {
    id: row.id,
    src: mediaPath(row.storageKey),
    thumbSrc: mediaPath(smallest ? smallest.key : row.storageKey),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    originalName: row.originalName,
    uploadedById: row.uploadedById,
    createdAt: row.createdAt.toISOString(),
  };
}

export const mediaTextSchema = z.object({
  alt: staffText().trim().max(300, { error: 'Alt text must be at most 300 characters.' }),
  caption: staffText().trim().max(500, { error: 'The caption must be at most 500 characters.' }),
  credit: staffText().trim().max(200, { error: 'The credit must be at most 200 characters.' }),
});
export type MediaText = z.infer<typeof mediaTextSchema>;

export async function uploadMedia(
  actor: Actor,
  input: { bytes: Buffer; originalName: string } & Partial<MediaText>,
): Promise<WriteResult<{ media: MediaSummary }>> {
  if (!can(actor, { kind: 'media:upload' })) {
    return { ok: false, code: 'forbidden', error: 'Your role cannot upload images; ask an author or editor.' };
  }
  const text = mediaTextSchema.safeParse({ alt: input.alt ?? '', caption: input.caption ?? '', credit: input.credit ?? '' });
  if (!text.success) return { ok: false, code: 'invalid', error: text.error.issues[0]!.message };
  if (input.bytes.byteLength === 0) return { ok: false, code: 'invalid', error: 'The file is empty.' };
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, code: 'invalid', error: 'The file is larger than 10 MB.' };
  try {
    const row = await storeImage({ bytes: input.bytes, originalName: input.originalName, ...text.data, uploadedById: actor.id });
    return { ok: true, media: toMediaSummary(row) };
  } catch (error) {
    if (error instanceof ImageRejected) return { ok: false, code: 'invalid', error: error.message };
    throw error;
  }
}

export const MEDIA_PAGE_SIZE = 24;

export async function listMedia(
  actor: Actor,
  options: { page?: number; query?: string; pageSize?: number } = {},
): Promise<{ items: MediaSummary[]; total: number; page: number; pageSize: number }> {
  const pageSize = Math.min(Math.max(options.pageSize ?? MEDIA_PAGE_SIZE, 1), 100);
  const page = Math.max(1, Math.floor(options.page ?? 1));
  if (!can(actor, { kind: 'dashboard:view' })) return { items: [], total: 0, page, pageSize };
  const db = await getDb();
  const q = options.query?.trim();
  const where = q
    ? or(ilike(media.originalName, `%${escapeLike(q)}%`), ilike(media.alt, `%${escapeLike(q)}%`), ilike(media.caption, `%${escapeLike(q)}%`))
    : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db.select().from(media).where(where).orderBy(desc(media.createdAt), desc(media.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(media).where(where),
  ]);
  return { items: rows.map(toMediaSummary), total: totalRow?.n ?? 0, page, pageSize };
}

export async function getMediaSummary(actor: Actor, id: string): Promise<MediaSummary | null> {
  if (!can(actor, { kind: 'dashboard:view' }) || !z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ? toMediaSummary(row) : null;
}

export async function updateMediaText(actor: Actor, id: string, input: unknown): Promise<WriteResult<{ media: MediaSummary }>> {
  const parsed = mediaTextSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors };
  }
  if (!z.uuid().safeParse(id).success) return { ok: false, code: 'not_found', error: 'That image no longer exists.' };
  const db = await getDb();
  const [row] = await db.select().from(media).where(eq(media.id, id));
  if (!row) return { ok: false, code: 'not_found', error: 'That image no longer exists.' };
  if (!can(actor, { kind: 'media:edit', media: { uploadedById: row.uploadedById } })) {
    return { ok: false, code: 'forbidden', error: 'You may only edit images you uploaded.' };
  }
  const [updated] = await db.update(media).set(parsed.data).where(eq(media.id, id)).returning();
  // Alt text and captions show on article pages: every one at the edge (lists go with the media tag).
  expireTags([cacheTags.media(id), cacheTags.articlePages]);
  return { ok: true, media: toMediaSummary(updated!) };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
