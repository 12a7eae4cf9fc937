// Any URL nothing else answers: an old address (an imported site's, or an admin's redirect) answers with
// a permanent redirect (308: pages can only send that one); anything else renders the site's own 404
// inside the site's header and footer. Rendered per request and not cached, so junk URLs cannot fill
// the page cache; the lookup is one primary-key read.
import { notFound, permanentRedirect } from 'next/navigation';
import { findRedirect } from '@/lib/redirects/public';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ missing: string[] }> };

export default async function Missing({ params }: Props) {
  const { missing } = await params;
  const moved = await findRedirect(`/${missing.join('/')}`);
  if (moved) permanentRedirect(moved.to);
  notFound();
}
