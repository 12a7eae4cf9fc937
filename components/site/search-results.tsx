// Search hits: headline link, highlighted snippet (text segments in <mark>, never injected HTML), meta.
import type { SearchHit } from '@/lib/core/public-types';
import { articlePath } from '@/lib/core/routes';
import { Byline } from './byline';
import { DateTime } from './date-time';

export function SearchResults({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <article className="card card--compact">
            <h2 className="card-title">
              <a href={articlePath(hit.slug)}>
                {hit.headline}
              </a>
            </h2>
            <p className="snippet">
              {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </p>
            <p className="card-meta">
              <Byline authors={hit.authors} linked={false} />
              {hit.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
              <DateTime iso={hit.publishedAt} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
