// The languages Byline ships and the time-zone check: the lowest folder owns them, so the environment
// (env.ts), the settings form and the formatters (lib/i18n) all accept exactly the same values.

/** Languages with a message catalogue in lib/i18n/messages/ (add one there, then here). */
export const SITE_LOCALES = ['en', 'de'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

export const DEFAULT_SITE_LOCALE: SiteLocale = 'en';
export const DEFAULT_SITE_TIME_ZONE = 'UTC';

export function isSiteLocale(value: unknown): value is SiteLocale {
  return typeof value === 'string' && (SITE_LOCALES as readonly string[]).includes(value);
}

/** An IANA zone name Intl knows ("Europe/Berlin", "UTC"); offsets such as "+01:00" are refused (no DST rules). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone names the settings form offers: every IANA zone, with UTC first. */
export function timeZoneChoices(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC');
  return ['UTC', ...zones];
}
