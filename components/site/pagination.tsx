// Newer/older links between numbered list pages (plain links: works without JavaScript).

/** `open` when the list is longer than it counted: the page count is then only a lower bound. */
type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string; open?: boolean };

export function Pagination({ page, pageCount, hrefFor, label = 'Pages', open = false }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        {open ? `Page ${page}` : `Page ${page} of ${pageCount}`}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
