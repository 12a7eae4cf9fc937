// Newer/older links between numbered list pages (plain links: works without JavaScript).

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string };

export function Pagination({ page, pageCount, hrefFor, label = 'Pages' }: Props) {
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
        Page {page} of {pageCount}
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
