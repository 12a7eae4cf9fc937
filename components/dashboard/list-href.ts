import { dashboardPath } from '@/lib/core/routes';
// Builds /dashboard URLs for the articles list (and /dashboard/pages for pages), keeping the other
// filters when one changes.
export type ListParams = { kind?: 'article' | 'page'; status?: string; author?: string; tag?: string; q?: string; sort?: string; page?: number };

export function listHref(current: ListParams, change: ListParams): string {
  const merged: ListParams = { ...current, page: undefined, ...change };
  const search = new URLSearchParams();
  if (merged.status && merged.status !== 'all') search.set('status', merged.status);
  if (merged.author) search.set('author', merged.author);
  if (merged.tag) search.set('tag', merged.tag);
  if (merged.q) search.set('q', merged.q);
  if (merged.sort && merged.sort !== 'updated') search.set('sort', merged.sort);
  if (merged.page && merged.page > 1) search.set('page', String(merged.page));
  const query = search.toString();
  const base = merged.kind === 'page' ? dashboardPath('pages') : dashboardPath();
  return query ? `${base}?${query}` : base;
}
