// The demo media library: draws every seed picture, avatar, the logo and the social image, and stores
// them through the app's own image pipeline (storeImage), two at a time to stay quick on small machines.
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { media, type Media } from '@/db/schema';
import { getStorage } from '@/lib/media/storage';
import { storeImage } from '@/lib/media/store-image';
import { drawAvatar, drawLogo, drawScene } from './images';
import { PICTURES, SOCIAL_PICTURE, type PictureKey } from './pictures';
import type { StaffKey } from './staff';

export type SeedLibrary = {
  pictures: Record<PictureKey, Media>;
  avatars: Partial<Record<StaffKey, Media>>;
  logo: Media;
  social: Media;
};

type Job = { slot: string; draw: () => Promise<Buffer>; originalName: string; alt: string; caption: string; credit: string; uploadedById: string | null };

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Media rows made so far, so a failed seed can remove them again. */
export type CreatedMedia = Media[];

export async function createSeedLibrary(input: {
  staff: { key: StaffKey; id: string; name: string }[];
  uploaderId: string;
  created: CreatedMedia;
}): Promise<SeedLibrary> {
  const jobs: Job[] = [
    ...Object.entries(PICTURES).map(([key, pic]) => ({
      slot: `picture:${key}`,
      draw: () => drawScene(pic),
      originalName: `${key}.jpg`,
      alt: pic.alt,
      caption: pic.caption,
      credit: pic.credit,
      uploadedById: input.uploaderId,
    })),
    ...input.staff.map((person) => ({
      slot: `avatar:${person.key}`,
      draw: () => drawAvatar(`avatar-${person.key}`),
      originalName: `avatar-${person.key}.jpg`,
      alt: `Portrait illustration for ${person.name}`,
      caption: '',
      credit: 'Illustration: Byline graphics desk',
      uploadedById: person.id,
    })),
    { slot: 'logo', draw: () => drawLogo(), originalName: 'logo.png', alt: 'Byline logo', caption: '', credit: '', uploadedById: input.uploaderId },
    {
      slot: 'social',
      draw: () => drawScene(SOCIAL_PICTURE, 1200, 630),
      originalName: 'social-default.jpg',
      alt: SOCIAL_PICTURE.alt,
      caption: SOCIAL_PICTURE.caption,
      credit: SOCIAL_PICTURE.credit,
      uploadedById: input.uploaderId,
    },
  ];
  const rows = await mapLimit(jobs, 2, async (job) => {
    const row = await storeImage({
      bytes: await job.draw(),
      originalName: job.originalName,
      alt: job.alt,
      caption: job.caption,
      credit: job.credit,
      uploadedById: job.uploadedById,
    });
    input.created.push(row);
    return [job.slot, row] as const;
  });
  const bySlot = new Map(rows);
  const get = (slot: string) => {
    const row = bySlot.get(slot);
    if (!row) throw new Error(`Seed image missing: ${slot}`);
    return row;
  };
  return {
    pictures: Object.fromEntries(Object.keys(PICTURES).map((key) => [key, get(`picture:${key}`)])) as Record<PictureKey, Media>,
    avatars: Object.fromEntries(input.staff.map((p) => [p.key, get(`avatar:${p.key}`)])),
    logo: get('logo'),
    social: get('social'),
  };
}

/** Best-effort removal of media a failed seed left behind (rows and files). */
export async function removeSeedMedia(rows: CreatedMedia): Promise<void> {
  if (rows.length === 0) return;
  const db = await getDb();
  await db.delete(media).where(inArray(media.id, rows.map((r) => r.id))).catch(() => {});
  const storage = getStorage();
  for (const row of rows) {
    for (const key of [row.storageKey, ...row.variants.map((v) => v.key)]) await storage.delete(key).catch(() => {});
  }
}
