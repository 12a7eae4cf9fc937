// Route params arrive URL-decoded in most cases; decode defensively once more and reject nonsense early.
export function parseSlugParam(raw: string | undefined): string | null {
  if (!raw) return null;
  let slug = raw;
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return null;
    }
  }
  return slug.length > 0 && slug.length <= 200 ? slug : null;
}
