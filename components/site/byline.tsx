// Bylines: each author links to their page.
import { Fragment } from 'react';
import type { AuthorRef } from '@/lib/core/public-types';
import { authorPath } from '@/lib/core/routes';

export function Byline({ authors, linked = true }: { authors: readonly AuthorRef[]; linked?: boolean }) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      By{' '}
      {authors.map((author, i) => (
        <Fragment key={author.id}>
          {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
          {linked ? (
            <a href={authorPath(author.slug)} rel="author">
              {author.name}
            </a>
          ) : (
            author.name
          )}
        </Fragment>
      ))}
    </span>
  );
}
