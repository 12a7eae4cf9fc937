// Search headlines and filter by author and tag, sorted: a plain GET form, so it works before any
// JavaScript and the URL can be shared.
import type { StaffOption, TagOption } from '@/lib/articles/editorial-types';
import type { ListParams } from './list-href';
import { dashboardPath } from '@/lib/core/routes';

const SORTS = [
  ['updated', 'Recently updated'],
  ['oldest', 'Least recently updated'],
  ['created', 'Newest first'],
  ['headline', 'Headline A–Z'],
  ['scheduled', 'Scheduled time'],
] as const;

export function ArticleFilters({ current, staff, tags }: { current: ListParams; staff: StaffOption[]; tags: TagOption[] }) {
  return (
    <form className="article-filters" method="get" action={dashboardPath()} role="search" aria-label="Filter articles">
      {current.status && current.status !== 'all' ? <input type="hidden" name="status" value={current.status} /> : null}
      <div className="field field-search">
        <label htmlFor="filter-q">Search headlines</label>
        <input id="filter-q" type="search" name="q" defaultValue={current.q ?? ''} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="filter-author">Author</label>
        <select id="filter-author" name="author" defaultValue={current.author ?? ''}>
          <option value="">Anyone</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-tag">Tag</label>
        <select id="filter-tag" name="tag" defaultValue={current.tag ?? ''}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort</label>
        <select id="filter-sort" name="sort" defaultValue={current.sort ?? 'updated'}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Apply
      </button>
    </form>
  );
}
