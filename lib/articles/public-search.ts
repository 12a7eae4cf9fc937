// Reader search over published articles: PostgreSQL full text (the generated search_vector, weighted
// headline > dek > body) ranked with ts_rank, with ts_headline snippets. websearch_to_tsquery accepts
// anything a person types (quotes, "or", "-word", stray punctuation) without raising an error, and the
// same SQL runs on PGlite and PostgreSQL. Not cached: queries are unbounded; the GIN index keeps it fast.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles } from '@/db/schema';
import { hydrateCards, toCardRow } from './public-cards';
import { newsOnlySql } from './public-scope';
import type { SearchHit } from '@/lib/core/public-types';

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_MAX_PAGE = 50;
export const SEARCH_MAX_QUERY = 200;
/** Results are ranked among this many newest matches: every reachable page (SEARCH_MAX_PAGE) fits. */
const RANK_WINDOW = 1000;

// Private-use characters mark the highlighted words: they cannot come from a reader's query or, in
// practice, from article text, and they are split out here, so no HTML ever travels in a snippet.
const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=28, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

type SearchRow = {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  excerpt: string;
  featured_image_id: string | null;
  tag_ids: string[] | string;
  author_ids: string[] | string;
  word_count: number;
  published_at: string | Date;
  modified_at: string | Date;
  rank: number;
  snippet: string;
};

export type SearchResult =
  | { state: 'empty'; query: string }
  | { state: 'results'; query: string; hits: SearchHit[]; total: number; page: number; pageCount: number };

/** Trims, drops control and private-use characters, collapses spaces and caps the length. */
export function normalizeSearchQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : '';
  return text
    .replace(/[\u0000-\u001f\u007f\uE000-\uF8FF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SEARCH_MAX_QUERY)
    .trim();
}

/** Splits a ts_headline result into plain-text segments, marking the highlighted ones. */
export function splitSnippet(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(START);
    if (start === -1) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const stop = rest.indexOf(STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    const word = rest.slice(start + 1, end);
    if (word) parts.push({ text: word, hit: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(START, '').replaceAll(STOP, '') })).filter((p) => p.text.length > 0);
}

export async function searchPublishedArticles({ query: raw, page: rawPage = 1 }: { query: unknown; page?: number }): Promise<SearchResult> {
  const query = normalizeSearchQuery(raw);
  if (!query) return { state: 'empty', query };
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? Math.min(rawPage, SEARCH_MAX_PAGE) : 1;
  const db = await getDb();
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const [countRows, rows] = await Promise.all([
    db.execute<{ total: number }>(sql`select count(*)::int as total from ${publishedArticles} p where p.search_vector @@ ${tsquery} and ${newsOnlySql('p')}`),
    // Rank among the newest RANK_WINDOW matches (news search favours recent stories, and a common word
    // can match most of the archive), page on narrow rows, then fetch and build snippets for that
    // page only: ts_headline and the wide columns are the costly part.
    db.execute<SearchRow>(sql`
      with q as (select ${tsquery} as query),
      matches as (
        select p.article_id, p.search_vector, p.published_at
        from ${publishedArticles} p, q
        where p.search_vector @@ q.query and ${newsOnlySql('p')}
        order by p.published_at desc, p.article_id desc
        limit ${RANK_WINDOW}
      ),
      ranked as (
        select m.article_id, m.published_at, ts_rank(m.search_vector, q.query) as rank
        from matches m, q
        order by rank desc, m.published_at desc, m.article_id desc
        limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}
      )
      select hits.article_id as id, hits.slug, hits.headline, hits.dek, hits.excerpt, hits.featured_image_id,
        hits.tag_ids::text[] as tag_ids, hits.author_ids::text[] as author_ids, hits.word_count,
        hits.published_at, hits.modified_at, ranked.rank::float8 as rank,
        ts_headline('english', coalesce(nullif(hits.body_text, ''), nullif(hits.dek, ''), hits.headline), q.query, ${HEADLINE_OPTIONS}) as snippet
      from ranked
      join ${publishedArticles} hits on hits.article_id = ranked.article_id, q
      order by ranked.rank desc, ranked.published_at desc, ranked.article_id desc
    `),
  ]);
  const total = Number(resultRows<{ total: number }>(countRows)[0]?.total ?? 0);
  const list = resultRows<SearchRow>(rows);
  const cards = await hydrateCards(
    list.map((r) =>
      toCardRow({
        id: r.id,
        slug: r.slug,
        headline: r.headline,
        dek: r.dek,
        excerpt: r.excerpt,
        featuredImageId: r.featured_image_id,
        tagIds: pgArray(r.tag_ids),
        authorIds: pgArray(r.author_ids),
        wordCount: Number(r.word_count),
        publishedAt: r.published_at,
        modifiedAt: r.modified_at,
      }),
    ),
  );
  const hits: SearchHit[] = cards.map((card, i) => ({ ...card, rank: Number(list[i]!.rank), snippet: splitSnippet(list[i]!.snippet ?? '') }));
  return { state: 'results', query, hits, total, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE) };
}

/** node-postgres returns `{ rows }`, PGlite returns `{ rows }` too; both shapes are read defensively. */
function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A text[] comes back as an array from node-postgres and PGlite; a '{a,b}' literal is parsed just in case. */
function pgArray(value: string[] | string | null): string[] {
  if (Array.isArray(value)) return value;
  if (!value || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
