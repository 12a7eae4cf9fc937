// The newsroom's time zone and language as admins set them (site_settings.time_zone and .locale; empty
// means the SITE_TIME_ZONE / SITE_LOCALE defaults). Every public page formats with them, so a change
// expires the settings tag that every public page and feed carries.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { siteSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { getConfig } from '@/lib/config/env';
import { SITE_LOCALES, isTimeZone, type SiteLocale } from '@/lib/config/site-locale';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, invalid, type WriteResult } from '@/lib/core/result';
import type { SiteClock } from '@/lib/i18n/site-time';

/** What the form shows: the stored choice ('' = the environment default) and what is in force. */
export type LocaleSettings = { timeZone: string; locale: '' | SiteLocale; defaults: SiteClock; effective: SiteClock };

const emptyIsDefault = (v: unknown) => (v === undefined || v === null ? '' : v);

export const localeSettingsSchema = z.object({
  timeZone: z.preprocess(emptyIsDefault, z.string().trim().refine((v) => v === '' || isTimeZone(v), 'Choose a time zone from the list.')),
  locale: z.preprocess(emptyIsDefault, z.enum(['', ...SITE_LOCALES], { error: 'Choose a language from the list.' })),
});

/** The zone and language in force: the stored choice, else the environment's default. */
export function resolveSiteClock(row: { timeZone: string | null; locale: string | null } | undefined): SiteClock {
  const config = getConfig();
  const locale = (SITE_LOCALES as readonly string[]).includes(row?.locale ?? '') ? (row!.locale as SiteLocale) : config.siteLocale;
  return { locale, timeZone: row?.timeZone && isTimeZone(row.timeZone) ? row.timeZone : config.siteTimeZone };
}

async function storedRow() {
  const db = await getDb();
  const [row] = await db.select({ timeZone: siteSettings.timeZone, locale: siteSettings.locale }).from(siteSettings).where(eq(siteSettings.id, 1));
  return row;
}

export async function getLocaleSettingsForEdit(actor: Actor | null): Promise<LocaleSettings | null> {
  if (!can(actor, { kind: 'settings:manage' })) return null;
  const row = await storedRow();
  const config = getConfig();
  return {
    timeZone: row?.timeZone ?? '',
    locale: (row?.locale as SiteLocale | null) ?? '',
    defaults: { locale: config.siteLocale, timeZone: config.siteTimeZone },
    effective: resolveSiteClock(row),
  };
}

/** The zone and language staff screens use (dashboard times, the scheduler): no permission needed to read. */
export async function getStaffSiteClock(): Promise<SiteClock> {
  return resolveSiteClock(await storedRow());
}

export async function updateLocaleSettings(actor: Actor | null, input: unknown): Promise<WriteResult<{ settings: LocaleSettings }>> {
  if (!can(actor, { kind: 'settings:manage' })) return forbidden('Only administrators can change the time zone and language.');
  const parsed = localeSettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const values = { timeZone: parsed.data.timeZone || null, locale: parsed.data.locale || null };
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    const [before] = await tx.select({ timeZone: siteSettings.timeZone, locale: siteSettings.locale }).from(siteSettings).where(eq(siteSettings.id, 1)).for('update');
    const from = { timeZone: before?.timeZone ?? null, locale: before?.locale ?? null };
    if (from.timeZone === values.timeZone && from.locale === values.locale) return false;
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: { ...values, updatedAt: sql`now()` } });
    await recordAudit(tx, {
      actor: actor!,
      action: 'settings.locale_updated',
      objectType: 'settings',
      objectId: '1',
      summary: `Time zone ${values.timeZone ?? 'default'}, language ${values.locale ?? 'default'}`,
      details: { from, to: values },
    });
    return true;
  });
  // Every public page, feed and structured-data block formats times and words with these.
  if (changed) expireTags([cacheTags.settings]);
  return { ok: true, settings: (await getLocaleSettingsForEdit(actor))! };
}
