// Newer/older links between numbered list pages (plain links: works without JavaScript).
import { siteText } from '@/lib/i18n/catalogue';
import type { SiteClock } from '@/lib/i18n/site-time';

/** `open` when the list is longer than it counted: the page count is then only a lower bound. */
type Props = { clock: SiteClock; page: number; pageCount: number; hrefFor: (page: number) => string; label?: string; open?: boolean };

export function Pagination({ clock, page, pageCount, hrefFor, label, open = false }: Props) {
  if (pageCount <= 1) return null;
  const { t } = siteText(clock.locale);
  return (
    <nav className="pagination" aria-label={label ?? t('pages.label')}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t('pages.newer')}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        {open ? t('pages.statusOpen', { page }) : t('pages.status', { page, count: pageCount })}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('pages.older')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
