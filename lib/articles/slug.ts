// Article slugs: the allowed pattern and how a headline becomes one. Pure, so the editor uses it live.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

/** Lower-case words joined by hyphens, accents folded to ASCII, cut at a word boundary. */
export function slugify(text: string, max = 80): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** The slug a draft gets before it has a headline; the editor treats it as still following the headline. */
export function placeholderSlug(articleId: string): string {
  return `untitled-${articleId.replace(/-/g, '').slice(0, 8)}`;
}

export function isPlaceholderSlug(slug: string): boolean {
  return /^untitled-[0-9a-f]{8}$/.test(slug);
}
