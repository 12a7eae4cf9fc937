// A searchable, paged dashboard list's frame: reading ?page and ?q, the search form and the pager.
import Link from 'next/link';
import { z } from 'zod';

/** The page number and search text of a list's address; anything malformed falls back to page 1 / no search. */
export function parseListParams(params: { page?: string; q?: string }, maxPage: number): { page: number; query: string } {
  return {
    page: z.coerce.number().int().min(1).max(maxPage).catch(1).parse(params.page),
    query: z.string().trim().max(200).catch('').parse(params.q ?? ''),
  };
}

/** The address of page `p` of the list at `path`, keeping the search. */
export function listPageHref(path: string, query: string, p: number): string {
  return `${path}?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
}

export function ListSearchForm({ action, id, label, ariaLabel, query }: { action: string; id: string; label: string; ariaLabel: string; query: string }) {
  return (
    <form method="get" action={action} role="search" className="article-filters" aria-label={ariaLabel}>
      <div className="field field-search">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" name="q" defaultValue={query} maxLength={200} />
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}

type PagerProps = { page: number; pages: number; hrefFor: (p: number) => string; summary?: string; prevLabel?: string; nextLabel?: string };

/** "Page n of m" with previous/next links; nothing when there is one page. */
export function ListPager({ page, pages, hrefFor, summary, prevLabel = '← Previous', nextLabel = 'Next →' }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      <span>
        Page {page} of {pages}
        {summary ? ` ${summary}` : null}
      </span>
      <span className="pagination-links">
        {page > 1 ? (
          <Link className="button button-small" href={hrefFor(page - 1)} rel="prev">
            {prevLabel}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className="button button-small" href={hrefFor(page + 1)} rel="next">
            {nextLabel}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
