// A machine-readable <time> with a human date (and time, where it matters).
import { formatDate, formatDateTime } from '@/lib/core/reader-format';

export function DateTime({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  return <time dateTime={iso}>{withTime ? formatDateTime(iso) : formatDate(iso)}</time>;
}
