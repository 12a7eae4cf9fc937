// The one rule that keeps standalone pages (About us, Contact, …) out of everything readers get as news:
// every public read of published_articles that lists, finds or counts articles filters with
// `newsOnly`, and pages are read only through ./public-pages.ts with `pagesOnly`. public-scope.test.ts
// publishes a page and checks that no news read returns it.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { publishedArticles } from '@/db/schema';

/** Drizzle condition: the public copy is a news article. */
export const newsOnly = eq(publishedArticles.kind, 'article');
/** Drizzle condition: the public copy is a standalone page. */
export const pagesOnly = eq(publishedArticles.kind, 'page');
/** The same rule for hand-written SQL over `published_articles` aliased as `p` (search, sitemap subqueries). */
export const newsOnlySql = (alias: string) => sql.raw(`${alias}.kind = 'article'`);
