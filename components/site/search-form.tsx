// The search box: a plain GET form to /search, so it works without JavaScript.
import { searchPath } from '@/lib/core/routes';
import { siteText } from '@/lib/i18n/catalogue';
import type { SiteClock } from '@/lib/i18n/site-time';

export function SearchForm({ clock, query = '', id = 'search-q', compact = false }: { clock: SiteClock; query?: string; id?: string; compact?: boolean }) {
  const { t } = siteText(clock.locale);
  return (
    <form className={`search-form${compact ? ' search-form--compact' : ''}`} action={searchPath()} method="get" role="search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('search.label')}
      </label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={200} autoComplete="off" />
      <button type="submit">{t('search.button')}</button>
    </form>
  );
}
