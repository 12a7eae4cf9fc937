// The one wrapper every public read goes through: Next's data cache (unstable_cache) with named tags,
// so a write can expire exactly what it changed and the tags land on the ISR page that used the read.
import 'server-only';
import { cache } from 'react';
import { unstable_cache } from 'next/cache';
import { insideNext } from './next-runtime';

/** An hour: a backstop only; writes expire tags within a second of committing. */
export const PUBLIC_REVALIDATE_SECONDS = 3600;

/**
 * Wraps a read: `name` + the JSON of the arguments is the cache key, `tagsFor(args)` names its tags.
 * Results must be plain JSON (the cache stores JSON), so DTOs carry ISO date strings, not Dates.
 * React's cache() de-duplicates calls within one render (generateMetadata and the page read the same).
 * Outside Next (Vitest, scripts) there is no incremental cache: the read runs directly.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tagsFor: (...args: A) => string[],
): (...args: A) => Promise<R> {
  const perRender = cache(async (key: string): Promise<R> => {
    const args = JSON.parse(key) as A;
    if (!insideNext()) return read(...args);
    return unstable_cache(() => read(...args), [name, key], {
      tags: tagsFor(...args),
      revalidate: PUBLIC_REVALIDATE_SECONDS,
    })();
  });
  return (...args: A) => perRender(JSON.stringify(args));
}
