// Parses a path page number ("/page/2"): a positive integer written plainly, else null (a 404).
import { MAX_PAGE } from '@/lib/articles/public';

export function parsePageParam(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}
