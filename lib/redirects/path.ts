// The stored form of an old address, shared by the resolver, the admin screen and the WordPress importer. Pure.

/** Path without a trailing slash, `/?p=ID` queries kept. */
export function normalizeFromPath(pathWithQuery: string): string {
  const [path = '/', query] = pathWithQuery.split('?', 2);
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return query ? `${trimmed || '/'}?${query}` : trimmed || '/';
}
