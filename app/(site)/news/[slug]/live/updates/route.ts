// /news/<slug>/live/updates?since=N: what changed in a live article after change N, as JSON. The
// catch-up for a browser that was asleep and the polling fallback when EventSource cannot connect.
// Small and cached: one data-cache entry per (article, since), expired by every entry write, and
// stored at the edge under the article's slug key (purged by the same write).
import type { NextRequest } from 'next/server';
import { getLiveUpdatesSince } from '@/lib/live/public';
import { liveArticleFor, notFoundResponse, parseSince } from '../live-target';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const article = await liveArticleFor(params);
  if (!article) return notFoundResponse();
  const update = await getLiveUpdatesSince(article.id, parseSince(request.nextUrl.searchParams.get('since')));
  if (!update) return notFoundResponse();
  return Response.json(update, {
    // Browsers always ask again (they poll); shared caches keep it until a purge (Surrogate-Control, next.config).
    headers: { 'cache-control': 'public, max-age=0, must-revalidate' },
  });
}
