// A machine-readable <time> (ISO 8601 with the newsroom's offset) with a human date (and time, where
// it matters) on the newsroom's clock and in its language.
import { formatSiteDate, formatSiteDateTime, isoWithOffset, type SiteClock } from '@/lib/i18n/site-time';

export function DateTime({ iso, clock, withTime = false }: { iso: string; clock: SiteClock; withTime?: boolean }) {
  return <time dateTime={isoWithOffset(clock.timeZone, iso)}>{withTime ? formatSiteDateTime(clock, iso) : formatSiteDate(clock, iso)}</time>;
}
