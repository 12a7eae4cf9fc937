// Bylines: each author links to their page.
import { Fragment } from 'react';
import type { AuthorRef } from '@/lib/core/public-types';
import { authorPath } from '@/lib/core/routes';
import { siteText } from '@/lib/i18n/catalogue';
import type { SiteClock } from '@/lib/i18n/site-time';

export function Byline({ authors, clock, linked = true }: { authors: readonly AuthorRef[]; clock: SiteClock; linked?: boolean }) {
  if (authors.length === 0) return null;
  const { t } = siteText(clock.locale);
  return (
    <span className="byline">
      {t('byline.by')}{' '}
      {authors.map((author, i) => (
        <Fragment key={author.id}>
          {i > 0 ? (i === authors.length - 1 ? ` ${t('byline.and')} ` : ', ') : null}
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
