// The one module that turns instants into the newsroom's wall-clock time and back: reader and staff
// dates, feed (RFC 822) and JSON-LD (ISO 8601) stamps with the zone's offset, and the scheduler's
// local input, with the daylight-saving rules decided here (see wallClockToInstant). Pure: the server
// and client components use the same code, so a schedule means the same instant everywhere.
import type { SiteLocale } from '@/lib/config/site-locale';

/** The newsroom's zone and language, as settings resolve them (lib/settings/public.ts). */
export type SiteClock = { locale: SiteLocale; timeZone: string };

/** Intl locale tags per shipped language: British-style English (day month year, 24-hour clock). */
const INTL_TAG: Record<SiteLocale, string> = { en: 'en-GB', de: 'de-DE' };
export const intlTag = (locale: SiteLocale) => INTL_TAG[locale];

// Intl formatters are costly to build and pages format hundreds of dates: one per (kind, locale, zone).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'time' | 'zone' | 'parts', clock: SiteClock): Intl.DateTimeFormat {
  const key = `${kind}|${clock.locale}|${clock.timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const timeZone = clock.timeZone;
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
          : kind === 'zone'
            ? { timeZoneName: 'short', timeZone }
            : { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone };
    f = new Intl.DateTimeFormat(kind === 'parts' ? 'en-US' : intlTag(clock.locale), options);
    formatters.set(key, f);
  }
  return f;
}

type Instant = string | number | Date;
const toDate = (at: Instant) => (at instanceof Date ? at : new Date(at));

/** "28 March 2027" / "28. März 2027". */
export function formatSiteDate(clock: SiteClock, at: Instant): string {
  return formatter('date', clock).format(toDate(at));
}

/** "03:30": the wall clock only. */
export function formatSiteTime(clock: SiteClock, at: Instant): string {
  return formatter('time', clock).format(toDate(at));
}

/** The zone's short name at that instant: "CEST", "MEZ", "UTC" (or "GMT+2" where no name is known). */
export function siteZoneName(clock: SiteClock, at: Instant): string {
  return formatter('zone', clock).formatToParts(toDate(at)).find((p) => p.type === 'timeZoneName')?.value ?? clock.timeZone;
}

/** "28 March 2027, 03:30 CEST": pages are shared by everyone, so the zone is always said. */
export function formatSiteDateTime(clock: SiteClock, at: Instant): string {
  const date = toDate(at);
  return `${formatSiteDate(clock, date)}, ${formatSiteTime(clock, date)} ${siteZoneName(clock, date)}`;
}

export function formatSiteNumber(locale: SiteLocale, value: number): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(timeZone: string, ms: number): WallClock {
  const parts = formatter('parts', { locale: 'en', timeZone }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

const wallMs = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes the zone is ahead of UTC at that instant (Berlin: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(timeZone: string, at: Instant): number {
  const ms = Math.floor(toDate(at).getTime() / 1000) * 1000;
  return Math.round((wallMs(wallClockAt(timeZone, ms)) - ms) / 60_000);
}

const pad = (n: number, size = 2) => String(Math.abs(n)).padStart(size, '0');
function offsetText(minutes: number, separator: string): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 in the zone, with its offset ("2027-03-28T03:30:00+02:00"), for JSON-LD and <time>. */
export function isoWithOffset(timeZone: string, at: Instant): string {
  const ms = toDate(at).getTime();
  const w = wallClockAt(timeZone, ms);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(zoneOffsetMinutes(timeZone, ms), ':')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 as RSS 2.0 requires, in the zone with a numeric offset ("Sun, 28 Mar 2027 03:30:00 +0200"): English names always. */
export function rfc822WithOffset(timeZone: string, at: Instant): string {
  const ms = toDate(at).getTime();
  const w = wallClockAt(timeZone, ms);
  const weekday = DAYS[new Date(wallMs(w)).getUTCDay()];
  return `${weekday}, ${pad(w.day)} ${MONTHS[w.month - 1]} ${w.year} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${offsetText(zoneOffsetMinutes(timeZone, ms), '')}`;
}

/** The value for an <input type="datetime-local"> showing that instant on the newsroom's clock. */
export function toWallClockInput(timeZone: string, at: Instant): string {
  const w = wallClockAt(timeZone, toDate(at).getTime());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export type WallClockResult =
  | { ok: true; at: Date; repeated: boolean }
  | { ok: false; reason: 'invalid' }
  /** The time falls in the hour a spring-forward skips; `firstValid` is the same clock time after the jump ("03:30"). */
  | { ok: false; reason: 'skipped'; firstValid: string };

/**
 * The instant a newsroom means by a wall-clock time ("2027-03-28T02:30") in its zone. Daylight saving,
 * decided once: a time the clocks skip (spring forward, 02:30 in Berlin on 28 March 2027) is refused,
 * naming the time it would be after the jump, because publishing an hour off without saying so is
 * worse than asking; a time that happens twice (fall back, 02:30 on 31 October 2027) is its first
 * occurrence (the earlier instant, still in summer time), so a story never goes out later than the
 * first time the clock shows what the editor typed, and `repeated` lets the form say so.
 */
export function wallClockToInstant(timeZone: string, local: string): WallClockResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return { ok: false, reason: 'invalid' };
  const wanted: WallClock = { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]!, second: 0 };
  const asUtc = wallMs(wanted);
  const back = new Date(asUtc);
  if (Number.isNaN(asUtc) || back.getUTCMonth() !== wanted.month - 1 || back.getUTCDate() !== wanted.day || wanted.hour > 23 || wanted.minute > 59) {
    return { ok: false, reason: 'invalid' };
  }
  // The offsets a day either side cover any one transition; each candidate is kept only if the zone
  // really shows the wanted time at that instant.
  const DAY = 86_400_000;
  const offsets = [...new Set([zoneOffsetMinutes(timeZone, new Date(asUtc - DAY)), zoneOffsetMinutes(timeZone, new Date(asUtc + DAY))])];
  const matches = offsets
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => wallMs(wallClockAt(timeZone, ms)) === asUtc)
    .sort((a, b) => a - b);
  if (matches.length > 0) return { ok: true, at: new Date(matches[0]!), repeated: matches.length > 1 };
  // Skipped: read the typed time with the offset from before the jump, which lands after it.
  const before = zoneOffsetMinutes(timeZone, new Date(asUtc - DAY));
  return { ok: false, reason: 'skipped', firstValid: toWallClockInput(timeZone, new Date(asUtc - before * 60_000)).slice(11) };
}
