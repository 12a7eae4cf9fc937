// Any URL nothing else answers renders the site's own 404 (inside the site's header and footer).
// Rendered per request and not cached, so junk URLs cannot fill the page cache.
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

export default function Missing() {
  notFound();
}
