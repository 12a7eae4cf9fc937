// Server-side validation of an article save: the zod schema (fields.ts), then the checks that need the
// database: the body against the editor's document schema with every figure from the media library,
// the featured image, tags and bylines exist, and the slug is free among working slugs, public slugs
// and redirects. Stricter checks apply before anything goes public.
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { articles, media, publishedArticles, tags, users, type ArticleKind } from '@/db/schema';
import { heldByAnother } from '@/lib/redirects/record';
import { checkArticleDoc } from '@/lib/content/schema';
import { figureAttrsOf, type DocJSON } from '@/lib/content/doc';
import { docToPlainText } from '@/lib/content/text';
import { articlePath, mediaPath, pagePath } from '@/lib/core/routes';
import { articleFieldsSchema, fieldErrorsFrom, type ArticleFields, type FieldErrors } from './fields';
import { findFreeSlug, SLUG_PATTERN } from '@/lib/core/slug';
import { isReservedPageSlug, reservedPageSlugMessage } from '@/lib/core/page-slugs';
import type { Queryable } from './working-copy';

export type ParsedFields = { ok: true; fields: ArticleFields } | { ok: false; fieldErrors: FieldErrors };

export function parseArticleFields(input: unknown): ParsedFields {
  const parsed = articleFieldsSchema.safeParse(input);
  return parsed.success ? { ok: true, fields: parsed.data } : { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
}

export type SlugOwner = 'article' | 'public' | 'redirect' | null;

/** Who else holds a slug: another article's working slug, another article's public slug, or a redirect to another article. */
export async function findSlugOwner(q: Queryable, slug: string, articleId: string | null): Promise<SlugOwner> {
  const notMe = (column: AnyPgColumn) => (articleId ? ne(column, articleId) : undefined);
  const [working] = await q.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), notMe(articles.id))).limit(1);
  if (working) return 'article';
  const [published] = await q
    .select({ id: publishedArticles.articleId })
    .from(publishedArticles)
    .where(and(eq(publishedArticles.slug, slug), notMe(publishedArticles.articleId)))
    .limit(1);
  if (published) return 'public';
  // Articles and pages share one slug space, so an old slug of either kind is held at both addresses.
  return (await heldByAnother(q, [articlePath(slug), pagePath(slug)], { kind: 'article', id: articleId })) ? 'redirect' : null;
}

/**
 * The one "find a free article slug": `base` unless another article holds it (working slug, public
 * slug or redirect) or, for a page, the site answers it; else the first free variant. The editor's
 * variants are base-2… base-99 (then a random tail); an importer passes its own, and the slugs its
 * run has taken but not yet written.
 */
export async function freeArticleSlug(
  q: Queryable,
  base: string,
  options: { articleId: string | null; kind?: ArticleKind; variant?: (n: number) => string; alsoTaken?: (slug: string) => boolean },
): Promise<string> {
  const { articleId, kind = 'article' } = options;
  const variant = options.variant ?? ((n: number) => (n < 100 ? `${base.slice(0, 110)}-${n}` : `${base.slice(0, 100)}-${crypto.randomBytes(4).toString('hex')}`));
  return findFreeSlug(
    base,
    async (slug) => (kind === 'page' && isReservedPageSlug(slug)) || Boolean(options.alsoTaken?.(slug)) || (await findSlugOwner(q, slug, articleId)) !== null,
    variant,
  );
}

export const SLUG_TAKEN_MESSAGE: Record<Exclude<SlugOwner, null>, string> = {
  article: 'Another article already uses this slug.',
  public: 'Another published article uses this slug.',
  redirect: 'This slug is an old address of another article (it redirects there); choose another.',
};

export function slugProblem(slug: string): string | null {
  if (slug === '') return 'Add a slug.';
  return SLUG_PATTERN.test(slug) ? null : 'Use lower-case letters, digits and single hyphens only (like "council-votes-on-budget").';
}

/** An article's kind: given, or read from its row (saves and live checks name only the id). */
export async function kindOf(q: Queryable, articleId: string | null, kind?: ArticleKind): Promise<ArticleKind> {
  if (kind) return kind;
  if (!articleId) return 'article';
  const [row] = await q.select({ kind: articles.kind }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row?.kind ?? 'article';
}

/** Checks a parsed save against the database; an empty result means it may be stored. */
export async function checkArticleFields(q: Queryable, articleId: string | null, fields: ArticleFields, kind?: ArticleKind): Promise<FieldErrors> {
  const errors: FieldErrors = {};

  const doc = checkArticleDoc(fields.body);
  let figureIds: string[] = [];
  if (!doc.ok) errors.body = doc.error;
  else figureIds = doc.mediaIds;

  const mediaIds = [...new Set([...figureIds, ...(fields.featuredImageId ? [fields.featuredImageId] : [])])];
  const found = mediaIds.length
    ? await q.select({ id: media.id, storageKey: media.storageKey }).from(media).where(inArray(media.id, mediaIds))
    : [];
  const storageKeyOf = new Map(found.map((m) => [m.id, m.storageKey]));
  if (doc.ok && !errors.body) {
    const bad = figureSources(fields.body).find((f) => storageKeyOf.get(f.mediaId) === undefined || mediaPath(storageKeyOf.get(f.mediaId)!) !== f.src);
    if (bad) errors.body = 'An image in the body is not in the media library (it may have been deleted): remove it and insert it again.';
  }
  if (fields.featuredImageId && !storageKeyOf.has(fields.featuredImageId)) {
    errors.featuredImageId = 'The featured image is not in the media library: choose another.';
  }

  if (fields.tagIds.length) {
    const rows = await q.select({ id: tags.id }).from(tags).where(inArray(tags.id, fields.tagIds));
    if (rows.length !== fields.tagIds.length) errors.tagIds = 'A chosen tag no longer exists: remove it and choose again.';
  }
  const people = await q.select({ id: users.id }).from(users).where(inArray(users.id, fields.authorIds));
  if (people.length !== fields.authorIds.length) errors.authorIds = 'A byline names someone who is not on the staff.';

  if (fields.slug !== '') {
    // A page lives at /<slug>: it may not take an address the site already answers.
    if (isReservedPageSlug(fields.slug) && (await kindOf(q, articleId, kind)) === 'page') errors.slug = reservedPageSlugMessage(fields.slug);
    else {
      const owner = await findSlugOwner(q, fields.slug, articleId);
      if (owner) errors.slug = SLUG_TAKEN_MESSAGE[owner];
    }
  }
  return errors;
}

/** What must hold before an article goes public (submit, schedule, publish, update). */
export function publicationProblems(fields: Pick<ArticleFields, 'headline' | 'body' | 'slug' | 'authorIds'>): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.headline.trim()) errors.headline = 'Add a headline first.';
  const doc = checkArticleDoc(fields.body);
  if (!doc.ok) errors.body = doc.error;
  else if (!docToPlainText(fields.body).trim() && !figureSources(fields.body).length) errors.body = 'Write the article first: the body is empty.';
  const slugError = slugProblem(fields.slug);
  if (slugError) errors.slug = slugError;
  if (!fields.authorIds.length) errors.authorIds = 'Add at least one byline.';
  return errors;
}

function figureSources(doc: DocJSON): { mediaId: string; src: string }[] {
  return figureAttrsOf(doc).map((attrs) => ({ mediaId: String(attrs.mediaId ?? ''), src: String(attrs.src ?? '') }));
}
