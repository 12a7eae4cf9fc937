// The live routes' one lookup: a slug param to the published article it names (current slugs only;
// the live endpoints are reached from the page, which already redirected old ones).
import { findPublishedArticleBySlug, type PublishedArticleRow } from '@/lib/articles/public';
import { parseSlugParam } from '../../../slug-param';

export async function liveArticleFor(params: Promise<{ slug: string }>): Promise<PublishedArticleRow | null> {
  const slug = parseSlugParam((await params).slug);
  if (!slug) return null;
  const found = await findPublishedArticleBySlug(slug);
  return found.kind === 'found' ? found.value : null;
}

/** A change number from a query or Last-Event-ID header: a non-negative integer, else 0 (everything). */
export function parseSince(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,15}$/.test(raw)) return 0;
  return Number(raw);
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
