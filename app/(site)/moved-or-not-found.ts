// The end of a public page whose slug its domain does not know (an old slug of its own already followed):
// a stored old address (an admin's, or an imported site's, e.g. /tag/<old-slug>, /author/<login>) answers
// with its redirect; anything else is a 404.
import { notFound, permanentRedirect } from 'next/navigation';
import { findRedirectCached } from '@/lib/redirects/public';

/** `oldPath` is null where no redirect applies (later pages of a list). */
export async function movedOrNotFound(oldPath: string | null): Promise<never> {
  const moved = oldPath ? await findRedirectCached(oldPath) : null;
  if (moved) permanentRedirect(moved.to);
  notFound();
}
