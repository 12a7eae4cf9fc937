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
