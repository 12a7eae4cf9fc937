// The dashboard's reads of tags, bounded however many there are: one page of the tag list (with a name
// filter and the page's own article counts) and the small search the merge form picks its target with.
import 'server-only';
import { and, asc, count, inArray, ilike, ne, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleTags, publishedArticles, tags } from '@/db/schema';
import type { TagRef } from '@/lib/core/public-types';
import { can, type Actor } from '@/lib/permissions/can';

export type TagRow = TagRef & { description: string; articleCount: number; publishedCount: number };
export type TagListPage = { items: TagRow[]; total: number; page: number; pageSize: number };

export const TAGS_PAGE_SIZE = 50;
export const MERGE_SEARCH_LIMIT = 20;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Tags whose name or slug holds the text (any case). */
const matching = (query: string) => or(ilike(tags.name, `%${escapeLike(query)}%`), ilike(tags.slug, `%${escapeLike(query)}%`));

/** One page of tags by name, with how many articles (and published ones) carry each. */
export async function listTagsPage(actor: Actor, options: { page?: number; query?: string } = {}): Promise<TagListPage> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const empty = { items: [], total: 0, page, pageSize: TAGS_PAGE_SIZE };
  if (!can(actor, { kind: 'dashboard:view' })) return empty;
  const db = await getDb();
  const query = options.query?.trim().slice(0, 200);
  const where = query ? matching(query) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(tags)
      .where(where)
      .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id))
      .limit(TAGS_PAGE_SIZE)
      .offset((page - 1) * TAGS_PAGE_SIZE),
    db.select({ n: count() }).from(tags).where(where),
  ]);
  if (!rows.length) return { ...empty, total: total?.n ?? 0 };
  const ids = rows.map((t) => t.id);
  // Counted for this page's tags only: the cost follows the page, not the whole newsroom.
  const [linkCounts, publicCounts] = await Promise.all([
    db.select({ tagId: articleTags.tagId, n: count() }).from(articleTags).where(inArray(articleTags.tagId, ids)).groupBy(articleTags.tagId),
    db
      .select({ tagId: tags.id, n: count(publishedArticles.articleId) })
      .from(tags)
      .innerJoin(publishedArticles, sql`${publishedArticles.tagIds} @> array[${tags.id}]::uuid[]`)
      .where(inArray(tags.id, ids))
      .groupBy(tags.id),
  ]);
  const links = new Map(linkCounts.map((c) => [c.tagId, c.n]));
  const published = new Map(publicCounts.map((c) => [c.tagId, c.n]));
  const items = rows.map((t) => ({
    id: t.id,
    name: t.name,
    slug: t.slug,
    description: t.description,
    articleCount: links.get(t.id) ?? 0,
    publishedCount: published.get(t.id) ?? 0,
  }));
  return { items, total: total?.n ?? 0, page, pageSize: TAGS_PAGE_SIZE };
}

/**
 * Tags a tag may be merged into, for the merge form's search field: names starting with the text
 * first, then names or slugs holding it, never the tag itself, at most `limit`. Only for those who
 * may merge (others get nothing).
 */
export async function searchMergeTargets(actor: Actor, input: { fromId: string; query: string; limit?: number }): Promise<TagRef[]> {
  if (!can(actor, { kind: 'tag:manage' })) return [];
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? MERGE_SEARCH_LIMIT)), MERGE_SEARCH_LIMIT);
  const query = input.query.trim().slice(0, 60);
  const db = await getDb();
  const prefix = `${escapeLike(query.toLowerCase())}%`;
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(and(ne(tags.id, input.fromId), query ? matching(query) : undefined))
    .orderBy(sql`lower(${tags.name}) like ${prefix} desc`, asc(sql`lower(${tags.name})`))
    .limit(limit);
}
