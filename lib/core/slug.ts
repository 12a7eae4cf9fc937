// The one slug maker (articles, tags, authors, heading ids) and the pattern slugs must match. Pure, so
// the editor uses it live.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

/** Lower-case ASCII words joined by hyphens: accents folded, apostrophes dropped, "&" read as "and" when asked. */
function slugWords(text: string, ampersandAsAnd: boolean): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  return (ampersandAsAnd ? folded.replace(/&/g, ' and ') : folded).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * A slug cut to `max` characters without a trailing hyphen. "&" is dropped, not read as "and": heading
 * ids and author slugs were made this way, and links to them must not move.
 */
export function plainSlug(text: string, max: number): string {
  return slugWords(text, false).slice(0, max).replace(/-+$/g, '');
}

/** An article or tag slug: "&" reads "and", and a long one is cut at a word boundary. */
export function slugify(text: string, max = 80): string {
  const base = slugWords(text, true);
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

/**
 * The one "find a free slug" loop (articles, tags, authors): `base` when nobody holds it, else the first
 * free `variant(2)`, `variant(3)`… `taken` asks whoever owns the slugs (a table, a run's own list).
 */
export async function findFreeSlug(
  base: string,
  taken: (slug: string) => Promise<boolean> | boolean,
  variant: (n: number) => string = (n) => `${base}-${n}`,
): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = variant(n);
    if (!(await taken(candidate))) return candidate;
  }
}
