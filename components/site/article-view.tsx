// The full article as readers see it: headline, dek, bylines, times, featured image, body (server-rendered
// from the stored document), the correction or update note at its end, tags, share links and related stories.
// Also used by the staff preview, so a draft looks exactly as its public page will.
import type { ReactNode } from 'react';
import type { ArticlePageData } from '@/lib/core/public-types';
import { renderArticleBody } from '@/lib/content/render';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, tagPath } from '@/lib/core/routes';
import { ArticleList } from './article-list';
import { Byline } from './byline';
import { DateTime } from './date-time';
import { FeaturedImage } from './featured-image';
import { ShareLinks } from './share-links';
import { readingTime } from '@/lib/core/reader-format';

/** Ids the article page itself uses: body heading ids must not repeat them. */
export const ARTICLE_PAGE_IDS = ['main-content', 'article-title', 'related-title', 'tags-title', 'site-search', 'correction', 'key-events-title', 'live-entries-title'];

const LABELLED_NOTE = /^(correction|update|updated|clarification|editor['’]s note)\b/i;

/** `live`: a live article's coverage (key events, pinned and latest entries), shown after its summary; `liveBadge` its header badge. */
export function ArticleView({ article, live, liveBadge }: { article: ArticlePageData; live?: ReactNode; liveBadge?: ReactNode }) {
  const url = absoluteUrl(articlePath(article.slug));
  const updated = Date.parse(article.modifiedAt) - Date.parse(article.publishedAt) > 60_000;
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-header">
        {article.tags[0] ? (
          <p className="kicker">
            <a href={tagPath(article.tags[0].slug)}>
              {article.tags[0].name}
            </a>
          </p>
        ) : null}
        {liveBadge}
        <h1 id="article-title">{article.headline}</h1>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <div className="article-meta">
          <p>
            <Byline authors={article.authors} />
          </p>
          <p>
            Published <DateTime iso={article.publishedAt} withTime />
            {updated ? (
              <>
                {' · '}Updated <DateTime iso={article.modifiedAt} withTime />
              </>
            ) : null}
            {' · '}
            {readingTime(article.readingMinutes)}
          </p>
        </div>
      </header>

      {article.image ? <FeaturedImage image={article.image} caption={article.featuredImageCaption} credit={article.featuredImageCredit} /> : null}


      <div className="article-body">{renderArticleBody(article.body, { media: article.bodyMedia, reservedIds: ARTICLE_PAGE_IDS })}</div>
      {live}

      {article.correctionNote.trim() ? (
        <aside className="correction" id="correction" aria-label="Correction or update">
          <p>
            {/* Editors often start the note with "Correction:" or "Update:" themselves; add a label only when not. */}
            {LABELLED_NOTE.test(article.correctionNote.trim()) ? null : <strong>Correction: </strong>}
            {article.correctionNote.trim()}
          </p>
        </aside>
      ) : null}

      <footer className="article-footer">
        {article.tags.length > 0 ? (
          <nav className="article-tags" aria-labelledby="tags-title">
            <h2 id="tags-title" className="small-heading">
              Topics
            </h2>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <a href={tagPath(tag.slug)} rel="tag">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ShareLinks url={url} title={article.headline} />
      </footer>

      {article.related.length > 0 ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">Related stories</h2>
          <ArticleList articles={article.related} level={3} variant="compact" />
        </section>
      ) : null}
    </article>
  );
}
