// /live-coverage.js: the live list's plain script (components/site/live-island.ts), made at build time
// from the function's own source and served as a static file: the only JavaScript a live article adds.
import { liveIsland } from '@/components/site/live-island';

export const dynamic = 'force-static';

/** How often a browser without a working stream asks for changes. */
const POLL_MS = 5000;

export function GET() {
  return new Response(`(${liveIsland.toString()})(${POLL_MS});\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
