// A standalone page as readers see it (About us, Contact, Ethics policy): the title and the body, no
// byline, date line, tags or share links. Also used by the staff preview of a page.
import type { PageData } from '@/lib/core/public-types';
import { renderArticleBody } from '@/lib/content/render';

/** Ids the page itself uses: body heading ids must not repeat them. */
export const PAGE_VIEW_IDS = ['main-content', 'page-title', 'site-search'];

export function PageView({ page }: { page: PageData }) {
  return (
    <article className="article standalone-page" aria-labelledby="page-title">
      <header className="article-header">
        <h1 id="page-title">{page.headline}</h1>
      </header>
      <div className="article-body">{renderArticleBody(page.body, { media: page.bodyMedia, reservedIds: PAGE_VIEW_IDS })}</div>
    </article>
  );
}
