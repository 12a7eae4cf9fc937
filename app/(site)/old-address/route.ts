// Answers WordPress's query-string addresses on the home page (`/?p=ID`, `/?page_id=ID`, …), which
// proxy.ts rewrites here with the address in a header: the stored redirect with its status, else the
// home page. Cached under the redirects tag, so a hit costs no query until redirects change.
import { findRedirectCached } from '@/lib/redirects/public';
import { oldAddressHeader } from '@/lib/redirects/old-address-header';
import { absoluteUrl } from '@/lib/config/site-url';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const path = request.headers.get(oldAddressHeader) ?? '';
  const moved = path.startsWith('/?') ? await findRedirectCached(path) : null;
  return new Response(null, {
    status: moved ? moved.status : 302,
    headers: {
      location: absoluteUrl(moved ? moved.to : '/'),
      'cache-control': moved ? 'public, s-maxage=3600, stale-while-revalidate' : 'no-store',
    },
  });
}
