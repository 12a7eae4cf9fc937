// Public reads of small references by id (tag names on cards, bylines): only well-formed ids reach the
// database, one cache entry per sorted set of ids tagged by each id; and putting them in a list's order.
import 'server-only';
import { cachedRead } from './cached-read';
import { isUuid } from './uuid';

export function cachedRefsByIds<R extends { id: string }>(
  name: string,
  read: (ids: string[]) => Promise<R[]>,
  tagFor: (id: string) => string,
): (ids: readonly string[]) => Promise<Record<string, R>> {
  const cached = cachedRead(
    name,
    async (ids: string[]): Promise<Record<string, R>> => {
      const wanted = ids.filter(isUuid);
      if (wanted.length === 0) return {};
      const rows = await read(wanted);
      return Object.fromEntries(rows.map((row) => [row.id, row]));
    },
    (ids) => ids.map((id) => tagFor(id)),
  );
  return (ids) => {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return Promise.resolve({});
    return cached(unique);
  };
}

/** The references in the list's order, skipping ids that no longer exist. */
export function orderedRefs<R>(ids: readonly string[], refs: Record<string, R>): R[] {
  return ids.map((id) => refs[id]).filter((ref): ref is R => Boolean(ref));
}
