// Previous/next pages of the articles list, with where we are.
import Link from 'next/link';
import { listHref, type ListParams } from './list-href';

export function Pagination({ current, page, pageSize, total }: { current: ListParams; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <span>
        {first}–{last} of {total}
      </span>
      <span className="pagination-links">
        {page > 1 ? (
          <Link className="button button-small" href={listHref(current, { page: page - 1 })} rel="prev">
            ← Previous
          </Link>
        ) : null}
        <span>
          Page {Math.min(page, pages)} of {pages}
        </span>
        {page < pages ? (
          <Link className="button button-small" href={listHref(current, { page: page + 1 })} rel="next">
            Next →
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
