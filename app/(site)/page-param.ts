// Parses a path page number ("/page/2"): a positive integer written plainly, else null (a 404); and the
// page a later-page route (…/page/<n>) shows.
import { notFound, permanentRedirect } from 'next/navigation';
import { MAX_PAGE } from '@/lib/articles/public';

export function parsePageParam(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}

/** A malformed number is a 404; page 1 lives at the list's own address (`firstPath`). */
export function laterPageOr404(raw: string | undefined, firstPath: string): number {
  const page = parsePageParam(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(firstPath);
  return page;
}
