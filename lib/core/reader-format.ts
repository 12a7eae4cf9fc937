// Date and number wording for the public site: its pages and the live list's HTML (lib/live).
// Pages are cached and shared by everyone, so dates are formatted in one fixed zone (UTC, said so) rather than a visitor's.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** The time of day alone, "09:05" (the zone is said by the caller). */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${dateFormat.format(date)}, ${timeFormat.format(date)} UTC`;
}

export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** "Ana Field", "Ana Field and Ben Hollis", "Ana Field, Ben Hollis and Cy Dorn". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
