// Server-side validation of an article save: the zod schema (fields.ts), then the checks that need the
// database: the body against the editor's document schema with every figure from the media library,
// the featured image, tags and bylines exist, and the slug is free among working slugs, public slugs
// and redirects. Stricter checks apply before anything goes public. A batch of new articles (the seed) is
// checked in one go, with the same rules and one query per kind of reference.
import 'server-only';
import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { articles, media, publishedArticles, tags, users, type ArticleKind } from '@/db/schema';
import { findRedirectTargets } from '@/lib/redirects/record';
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
  return (await findSlugOwners(q, [{ slug, articleId }]))[0]!;
}

/**
 * findSlugOwner for many slugs at once, in at most three queries (a batch of new articles): each answer
 * is that of the single check, and a slug asked for twice is held by the earlier one.
 */
export async function findSlugOwners(q: Queryable, asked: readonly { slug: string; articleId: string | null }[]): Promise<SlugOwner[]> {
  const owners: SlugOwner[] = asked.map(({ slug }, i) => (asked.findIndex((a) => a.slug === slug) < i ? 'article' : null));
  const open = () => asked.flatMap((a, i) => (owners[i] === null ? [{ ...a, i }] : []));
  const heldByOther = (rows: { id: string; slug: string }[], owner: Exclude<SlugOwner, null>) => {
    for (const { slug, articleId, i } of open()) if (rows.some((r) => r.slug === slug && r.id !== articleId)) owners[i] = owner;
  };
  const slugsOf = () => [...new Set(open().map((a) => a.slug))];
  if (slugsOf().length) heldByOther(await q.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.slug, slugsOf())), 'article');
  if (slugsOf().length) {
    heldByOther(await q.select({ id: publishedArticles.articleId, slug: publishedArticles.slug }).from(publishedArticles).where(inArray(publishedArticles.slug, slugsOf())), 'public');
  }
  if (slugsOf().length) {
    // Articles and pages share one slug space, so an old slug of either kind is held at both addresses.
    const held = await findRedirectTargets(q, slugsOf().flatMap((slug) => [articlePath(slug), pagePath(slug)]));
    for (const { slug, articleId, i } of open()) {
      const paths = [articlePath(slug), pagePath(slug)];
      if (held.some(({ fromPath, target }) => paths.includes(fromPath) && target.kind === 'article' && target.id !== articleId)) owners[i] = 'redirect';
    }
  }
  return owners;
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
  return (await checkArticleFieldsBatch(q, [{ articleId, fields, kind }]))[0]!;
}

export type FieldsToCheck = { articleId: string | null; fields: ArticleFields; kind?: ArticleKind };

/**
 * checkArticleFields for many articles at once (a batch of new ones): the same checks, one query per
 * kind of reference for the whole batch rather than per article. A slug two of them ask for is held by
 * the first.
 */
export async function checkArticleFieldsBatch(q: Queryable, items: readonly FieldsToCheck[]): Promise<FieldErrors[]> {
  const docs = items.map(({ fields }) => checkArticleDoc(fields.body));
  const figureIds = docs.flatMap((doc) => (doc.ok ? doc.mediaIds : []));
  const featuredIds = items.flatMap(({ fields }) => (fields.featuredImageId ? [fields.featuredImageId] : []));
  const mediaIds = [...new Set([...figureIds, ...featuredIds])];
  const tagIds = [...new Set(items.flatMap(({ fields }) => fields.tagIds))];
  const authorIds = [...new Set(items.flatMap(({ fields }) => fields.authorIds))];
  // One after another: a transaction is one connection.
  const found = mediaIds.length ? await q.select({ id: media.id, storageKey: media.storageKey }).from(media).where(inArray(media.id, mediaIds)) : [];
  const foundTags = tagIds.length ? await q.select({ id: tags.id }).from(tags).where(inArray(tags.id, tagIds)) : [];
  const people = authorIds.length ? await q.select({ id: users.id }).from(users).where(inArray(users.id, authorIds)) : [];
  const storageKeyOf = new Map(found.map((m) => [m.id, m.storageKey]));
  const tagExists = new Set(foundTags.map((t) => t.id));
  const personExists = new Set(people.map((p) => p.id));
  // Distinct existing ids against the list: a missing id or a repeated one is refused, as one query per article did.
  const allFound = (ids: string[], exists: Set<string>) => new Set(ids.filter((id) => exists.has(id))).size === ids.length;

  const errors: FieldErrors[] = items.map(({ fields }, i) => {
    const out: FieldErrors = {};
    const doc = docs[i]!;
    if (!doc.ok) out.body = doc.error;
    else {
      const bad = figureSources(fields.body).find((f) => storageKeyOf.get(f.mediaId) === undefined || mediaPath(storageKeyOf.get(f.mediaId)!) !== f.src);
      if (bad) out.body = 'An image in the body is not in the media library (it may have been deleted): remove it and insert it again.';
    }
    if (fields.featuredImageId && !storageKeyOf.has(fields.featuredImageId)) out.featuredImageId = 'The featured image is not in the media library: choose another.';
    if (fields.tagIds.length && !allFound(fields.tagIds, tagExists)) out.tagIds = 'A chosen tag no longer exists: remove it and choose again.';
    if (!allFound(fields.authorIds, personExists)) out.authorIds = 'A byline names someone who is not on the staff.';
    return out;
  });

  // A page lives at /<slug>: it may not take an address the site already answers.
  const slugged: { i: number; slug: string; articleId: string | null }[] = [];
  for (const [i, { articleId, fields, kind }] of items.entries()) {
    if (fields.slug === '') continue;
    if (isReservedPageSlug(fields.slug) && (await kindOf(q, articleId, kind)) === 'page') errors[i]!.slug = reservedPageSlugMessage(fields.slug);
    else slugged.push({ i, slug: fields.slug, articleId });
  }
  const owners = await findSlugOwners(q, slugged);
  slugged.forEach(({ i }, k) => {
    const owner = owners[k];
    if (owner) errors[i]!.slug = SLUG_TAKEN_MESSAGE[owner];
  });
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
