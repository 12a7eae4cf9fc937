// Site settings as admins edit them: name, description, copyright line, logo and default social image.
// The public, cached read is lib/settings/public.ts; every save here expires its tag.
import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { staffText } from '@/lib/core/text-rule';
import { getDb } from '@/db/client';
import { media, siteSettings } from '@/db/schema';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { ImageRejected, MAX_UPLOAD_BYTES } from '@/lib/media/process-image';
import { storeImage } from '@/lib/media/store-image';
import { recordAudit } from '@/lib/audit/record';
import { can, type Actor } from '@/lib/permissions/can';
import { mediaPath } from '@/lib/core/routes';
import { forbidden, invalid, type WriteResult } from '@/lib/core/result';

export type SettingsImage = { id: string; src: string; width: number; height: number; alt: string };

export type EditableSettings = {
  siteName: string;
  description: string;
  copyright: string;
  logo: SettingsImage | null;
  defaultSocialImage: SettingsImage | null;
  updatedAt: Date | null;
};

const optionalMediaId = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid('Choose an image from the library.').nullable());

export const settingsSchema = z.object({
  siteName: staffText().trim().min(1, 'Enter the site name.').max(100, 'Use at most 100 characters.'),
  description: staffText().trim().max(300, 'Use at most 300 characters (search results show about 160).'),
  copyright: staffText().trim().max(200, 'Use at most 200 characters.'),
  logoId: optionalMediaId,
  defaultSocialImageId: optionalMediaId,
});
export type SettingsInput = z.input<typeof settingsSchema>;

async function imagesById(ids: (string | null)[]): Promise<Map<string, SettingsImage>> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.select().from(media).where(inArray(media.id, wanted));
  return new Map(
    rows.map((row) => {
      const shown = row.variants.find((v) => v.width >= 320) ?? row.variants[0];
      return [row.id, { id: row.id, src: mediaPath(shown?.key ?? row.storageKey), width: shown?.width ?? row.width, height: shown?.height ?? row.height, alt: row.alt }];
    }),
  );
}

export async function getSettingsForEdit(actor: Actor | null): Promise<EditableSettings | null> {
  if (!can(actor, { kind: 'settings:manage' })) return null;
  const db = await getDb();
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  const images = await imagesById([row?.logoId ?? null, row?.defaultSocialImageId ?? null]);
  return {
    siteName: row?.siteName ?? 'Byline',
    description: row?.description ?? '',
    copyright: row?.copyright ?? '',
    logo: (row?.logoId && images.get(row.logoId)) || null,
    defaultSocialImage: (row?.defaultSocialImageId && images.get(row.defaultSocialImageId)) || null,
    updatedAt: row?.updatedAt ?? null,
  };
}

const settingLabels: Record<keyof z.output<typeof settingsSchema>, string> = {
  siteName: 'site name',
  description: 'description',
  copyright: 'copyright line',
  logoId: 'logo',
  defaultSocialImageId: 'default social image',
};

export type SettingsUpload = { bytes: Buffer; originalName: string };

/**
 * Saves the settings. New logo/social-image files are stored first (admins may upload), then the row
 * is written in one statement; images named by id must exist in the library.
 */
export async function updateSiteSettings(
  actor: Actor | null,
  input: unknown,
  uploads: { logo?: SettingsUpload; defaultSocialImage?: SettingsUpload } = {},
): Promise<WriteResult<{ settings: EditableSettings }>> {
  if (!can(actor, { kind: 'settings:manage' })) return forbidden('Only administrators can change site settings.');
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const values = { ...parsed.data };

  const known = await imagesById([values.logoId, values.defaultSocialImageId]);
  for (const field of ['logoId', 'defaultSocialImageId'] as const) {
    const id = values[field];
    if (id && !known.has(id)) {
      return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { [field]: 'That image is no longer in the library.' } };
    }
  }
  // Validate every upload before storing any, so one bad file leaves nothing half-saved.
  for (const [field, upload] of [['logoId', uploads.logo], ['defaultSocialImageId', uploads.defaultSocialImage]] as const) {
    if (upload && upload.bytes.byteLength > MAX_UPLOAD_BYTES) {
      return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { [field]: 'The file is larger than 10 MB.' } };
    }
  }
  if ((uploads.logo || uploads.defaultSocialImage) && !can(actor, { kind: 'media:upload' })) return forbidden('Your role cannot upload images.');
  for (const [field, upload, alt] of [
    ['logoId', uploads.logo, `${values.siteName} logo`],
    ['defaultSocialImageId', uploads.defaultSocialImage, values.siteName],
  ] as const) {
    if (!upload || upload.bytes.byteLength === 0) continue;
    try {
      const stored = await storeImage({ bytes: upload.bytes, originalName: upload.originalName, alt, uploadedById: actor!.id });
      values[field] = stored.id;
    } catch (error) {
      if (error instanceof ImageRejected) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { [field]: error.message } };
      throw error;
    }
  }

  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(siteSettings).where(eq(siteSettings.id, 1)).for('update');
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: { ...values, updatedAt: sql`now()` } });
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => (before?.[key] ?? null) !== values[key]);
    if (changed.length === 0) return;
    await recordAudit(tx, {
      actor: actor!,
      action: 'settings.updated',
      objectType: 'settings',
      objectId: '1',
      summary: `Changed site settings: ${changed.map((key) => settingLabels[key]).join(', ')}`,
      details: { changed: Object.fromEntries(changed.map((key) => [key, { from: before?.[key] ?? null, to: values[key] }])) },
    });
  });
  expireTags([cacheTags.settings]);
  return { ok: true, settings: (await getSettingsForEdit(actor))! };
}
