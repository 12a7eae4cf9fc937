// Public reads of media: image DTOs (src, srcset from variants, size, alt) by id, cached per media row.
import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { media, type Media } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { mediaPath } from '@/lib/core/routes';
import { cachedRead } from '@/lib/core/cached-read';
import type { PublicImage } from '@/lib/core/public-types';
import { isUuid } from '@/lib/core/uuid';

export function toPublicImage(row: Pick<Media, 'id' | 'storageKey' | 'width' | 'height' | 'alt' | 'mimeType' | 'variants' | 'caption' | 'credit'>): PublicImage {
  const variants = [...row.variants].sort((a, b) => a.width - b.width);
  const srcset = variants.map((v) => `${mediaPath(v.key)} ${v.width}w`);
  // The original belongs in the set when it is wider than every variant (variants never upscale).
  if (variants.length > 0 && row.width > variants[variants.length - 1]!.width) srcset.push(`${mediaPath(row.storageKey)} ${row.width}w`);
  return {
    id: row.id,
    src: mediaPath(row.storageKey),
    srcset: srcset.join(', '),
    width: row.width,
    height: row.height,
    alt: row.alt,
    mimeType: row.mimeType,
    caption: row.caption,
    credit: row.credit,
  };
}

async function readMediaByIds(ids: string[]): Promise<Record<string, PublicImage>> {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return {};
  const db = await getDb();
  const rows = await db.select().from(media).where(inArray(media.id, wanted));
  return Object.fromEntries(rows.map((row) => [row.id, toPublicImage(row)]));
}

/** Images by id (missing ids are simply absent). Sorted, de-duplicated ids make one cache entry per set. */
const cachedMediaByIds = cachedRead('media-by-ids', readMediaByIds, (ids) => ids.map(cacheTags.media));

export function getPublicMediaByIds(ids: readonly string[]): Promise<Record<string, PublicImage>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return Promise.resolve({});
  return cachedMediaByIds(unique);
}

export async function getPublicMedia(id: string | null | undefined): Promise<PublicImage | null> {
  if (!id) return null;
  return (await getPublicMediaByIds([id]))[id] ?? null;
}
