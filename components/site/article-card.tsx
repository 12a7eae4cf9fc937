// An article in a list: headline link, dek or excerpt, byline, date and (optionally) its picture.
import type { ArticleCard as Card } from '@/lib/core/public-types';
import { articlePath } from '@/lib/core/routes';
import { Byline } from './byline';
import { CardImage } from './card-image';
import { DateTime } from './date-time';

type Props = {
  article: Card;
  /** Heading level inside the surrounding section (lists under an h1 use h2, under an h2 use h3). */
  level?: 2 | 3;
  variant?: 'lead' | 'standard' | 'compact';
  showImage?: boolean;
  eagerImage?: boolean;
};

export function ArticleCard({ article, level = 2, variant = 'standard', showImage = variant !== 'compact', eagerImage = false }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const summary = article.dek || article.excerpt;
  const sizes = variant === 'lead' ? '(min-width: 64rem) 40rem, 100vw' : '(min-width: 48rem) 12rem, 33vw';
  return (
    <article className={`card card--${variant}`}>
      {showImage && article.image ? (
        <div className="card-media">
          <CardImage image={article.image} sizes={sizes} eager={eagerImage} />
        </div>
      ) : null}
      <div className="card-text">
        {article.tags[0] && variant !== 'compact' ? <p className="kicker">{article.tags[0].name}</p> : null}
        <Heading className="card-title">
          {/* Outside the link, so the link's name stays the headline. */}
          {article.live === 'live' ? <span className="live-badge">Live</span> : null}
          <a href={articlePath(article.slug)}>
            {article.headline}
          </a>
        </Heading>
        {summary && variant !== 'compact' ? <p className="card-summary">{summary}</p> : null}
        <p className="card-meta">
          <Byline authors={article.authors} linked={false} />
          {article.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
          <DateTime iso={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
