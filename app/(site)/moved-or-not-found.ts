// The end of a public list page whose slug is unknown: an imported site's old address (e.g. /tag/<old-slug>,
// /author/<login>) answers with its redirect; anything else is a 404.
import { notFound, permanentRedirect } from 'next/navigation';
import { findRedirectCached } from '@/lib/redirects/public';

/** `oldPath` is null where no redirect applies (later pages of a list). */
export async function movedOrNotFound(oldPath: string | null): Promise<never> {
  const moved = oldPath ? await findRedirectCached(oldPath) : null;
  if (moved) permanentRedirect(moved.to);
  notFound();
}
