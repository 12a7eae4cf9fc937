// The one parser of slug params in public URLs: anything that cannot be a stored slug is null (a quiet
// 404) before it reaches a query. A NUL byte ("/news/%00") would otherwise fail inside PostgreSQL
// ("invalid byte sequence") and log a stack trace per request.
import { isStorableText } from '@/lib/core/text-rule';

export function parseSlugParam(raw: string | undefined): string | null {
  if (!raw) return null;
  let slug = raw;
  // Route params arrive URL-decoded in most cases; decode defensively once more.
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return null;
    }
  }
  return slug.length > 0 && slug.length <= 200 && isStorableText(slug) ? slug : null;
}

export type SlugParams = Promise<{ slug: string }>;
const MISSING = { kind: 'missing' } as const;

/** A public route's slug param and what its domain's lookup found for it ('missing' when no slug can match). */
export async function lookUpSlug<T>(params: SlugParams, lookup: (slug: string) => Promise<T>) {
  const slug = parseSlugParam((await params).slug);
  return { slug, found: slug ? await lookup(slug) : MISSING };
}

/** The GET of a route under /…/<slug>/: the lookup's result (null for a slug no row can have) decides the response. */
export function slugRoute<T>(lookup: (slug: string) => Promise<T>, respond: (found: T | null) => Promise<Response> | Response) {
  return async function GET(_request: Request, { params }: { params: SlugParams }) {
    const slug = parseSlugParam((await params).slug);
    return respond(slug ? await lookup(slug) : null);
  };
}
