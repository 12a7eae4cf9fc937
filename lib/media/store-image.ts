// Stores a processed image and its variants, then records it in the media table.
// Callers authorize first (uploads: can(actor, media:upload)); the demo seed calls it as the system.
import 'server-only';
import crypto from 'node:crypto';
import { getDb } from '@/db/client';
import { media, type Media } from '@/db/schema';
import { removeUnstorable } from '@/lib/core/text-rule';
import { getStorage } from './storage';
import { processImage } from './process-image';

export type StoreImageInput = {
  bytes: Buffer;
  originalName?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  uploadedById?: string | null;
};

export async function storeImage(input: StoreImageInput): Promise<Media> {
  const image = await processImage(input.bytes);
  const storage = getStorage();
  const id = crypto.randomUUID();
  const stem = `${new Date().toISOString().slice(0, 7)}/${id}`;
  const storageKey = `${stem}/original.${image.extension}`;
  await storage.put(storageKey, image.original, image.mimeType);
  const variants = [];
  for (const v of image.variants) {
    const key = `${stem}/w${v.width}.webp`;
    await storage.put(key, v.data, 'image/webp');
    variants.push({ width: v.width, height: v.height, key, bytes: v.data.byteLength });
  }
  const db = await getDb();
  const [row] = await db
    .insert(media)
    .values({
      id,
      storageKey,
      originalName: removeUnstorable(input.originalName ?? '').slice(0, 255),
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: image.original.byteLength,
      variants,
      alt: input.alt ?? '',
      caption: input.caption ?? '',
      credit: input.credit ?? '',
      uploadedById: input.uploadedById ?? null,
    })
    .returning();
  return row!;
}
