// The search box: a plain GET form to /search, so it works without JavaScript.
import { searchPath } from '@/lib/core/routes';

export function SearchForm({ query = '', id = 'search-q', compact = false }: { query?: string; id?: string; compact?: boolean }) {
  return (
    <form className={`search-form${compact ? ' search-form--compact' : ''}`} action={searchPath()} method="get" role="search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        Search articles
      </label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={200} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
