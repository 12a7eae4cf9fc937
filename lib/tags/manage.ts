// Managing tags from the dashboard: create (any staff, also inline from the editor), rename and
// describe (a slug change leaves a redirect), merge two tags and delete, keeping the working copies
// (article_tags) and the public copies (published_articles.tag_ids) in step, then expiring the pages
// that show the tag.
import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { staffText } from '@/lib/core/text-rule';
import type { Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { articleTags, publishedArticles, tags, type Tag } from '@/db/schema';
import { reclaimAddress, recordRedirect, retargetRedirects } from '@/lib/redirects/record';
import { tagPath } from '@/lib/core/routes';
import type { TagRef } from '@/lib/core/public-types';
import type { WriteResult } from '@/lib/core/result';
import { SLUG_PATTERN, slugify } from '@/lib/core/slug';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { freeTagSlug, tagSlugHolder } from './slugs';
import { recordAudit } from '@/lib/audit/record';
import { can, type Actor } from '@/lib/permissions/can';

type TagFieldErrors = Partial<Record<'name' | 'slug' | 'description' | 'into', string>>;
type TagResult = WriteResult<{ tag: TagRef }>;

const nameSchema = staffText({ error: 'Give the tag a name.' })
  .trim()
  .min(1, { error: 'Give the tag a name.' })
  .max(60, { error: 'Keep tag names under 60 characters.' });
const slugSchema = staffText()
  .trim()
  .max(80, { error: 'Keep the slug under 80 characters.' })
  .refine((v) => v === '' || SLUG_PATTERN.test(v), { error: 'Use lower-case letters, digits and single hyphens only.' });
const descriptionSchema = staffText().trim().max(500, { error: 'Keep the description under 500 characters.' });

export const createTagSchema = z.object({ name: nameSchema, slug: slugSchema.default(''), description: descriptionSchema.default('') });
export const updateTagSchema = z.object({ id: z.uuid(), name: nameSchema, slug: slugSchema, description: descriptionSchema });
export const mergeTagsSchema = z.object({ fromId: z.uuid(), intoId: z.uuid() });

function invalid(error: z.ZodError): TagResult {
  const fieldErrors: TagFieldErrors = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0]) as keyof TagFieldErrors] ??= issue.message;
  return { ok: false, code: 'invalid', error: Object.values(fieldErrors)[0] ?? 'Check the fields.', fieldErrors };
}

const forbidden = { ok: false, code: 'forbidden', error: 'Only editors and admins manage tags.' } as const;
const notFound = { ok: false, code: 'not_found', error: 'That tag no longer exists.' } as const;

/** Whether another tag holds this name or slug (its own, or an old one that redirects to it). */
async function clash(q: Tx, input: { name: string; slug: string }, exceptId: string | null): Promise<TagFieldErrors> {
  const errors: TagFieldErrors = {};
  const other = exceptId ? ne(tags.id, exceptId) : undefined;
  const [sameName] = await q.select({ id: tags.id }).from(tags).where(and(sql`lower(${tags.name}) = lower(${input.name})`, other)).limit(1);
  if (sameName) errors.name = 'A tag with this name already exists.';
  const holder = await tagSlugHolder(q, input.slug, exceptId);
  if (holder === 'tag') errors.slug = 'Another tag already uses this slug.';
  if (holder === 'redirect') errors.slug = 'This slug is an old address of another tag; choose another.';
  return errors;
}

/** Pages that show a tag's name: the tag's own, the tag list, and every published article carrying it. */
async function tagFootprint(q: Tx, tag: Pick<Tag, 'id' | 'slug'>): Promise<string[]> {
  const carriers = await q
    .select({ id: publishedArticles.articleId })
    .from(publishedArticles)
    .where(sql`${publishedArticles.tagIds} @> array[${tag.id}]::uuid[]`);
  const out = [cacheTags.tag(tag.id), cacheTags.tagSlug(tag.slug), cacheTags.tagList];
  if (carriers.length) out.push(cacheTags.articleLists, cacheTags.articlePages, ...carriers.map((c) => cacheTags.article(c.id)));
  return out;
}

export async function createTag(actor: Actor, input: z.input<typeof createTagSchema>): Promise<TagResult> {
  if (!can(actor, { kind: 'tag:create' })) return { ok: false, code: 'forbidden', error: 'Sign in again to create tags.' };
  const parsed = createTagSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, description } = parsed.data;
  const explicitSlug = parsed.data.slug !== '';
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<TagResult> => {
    // A slug made from the name may take a suffix; one typed by hand is the person's choice.
    const slug = explicitSlug ? parsed.data.slug : await freeTagSlug(tx, slugify(name, 60) || 'tag', (n) => `${slugify(name, 55) || 'tag'}-${n}`);
    const errors = await clash(tx, { name, slug }, null);
    if (Object.keys(errors).length) return { ok: false, code: 'invalid', error: Object.values(errors)[0]!, fieldErrors: errors };
    const [tag] = await tx.insert(tags).values({ name, slug, description }).returning({ id: tags.id, name: tags.name, slug: tags.slug });
    return { ok: true, tag: tag! };
  });
  // A new tag carries no published article yet, and every public tag read (navigation, sitemaps, busy
  // tags) lists only tags that do: its own address (a 404 until now) is all a reader could have seen.
  if (result.ok) expireTags([cacheTags.tagSlug(result.tag.slug)]);
  return result;
}

/** Rename and describe: a new slug leaves the old one redirecting here. */
export async function updateTag(actor: Actor, input: z.input<typeof updateTagSchema>): Promise<TagResult> {
  if (!can(actor, { kind: 'tag:manage' })) return forbidden;
  const parsed = updateTagSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, name, description } = parsed.data;
  const db = await getDb();
  let expired: string[] = [];
  const result = await db.transaction(async (tx): Promise<TagResult> => {
    const [current] = await tx.select().from(tags).where(eq(tags.id, id)).for('update');
    if (!current) return notFound;
    const slug = parsed.data.slug || current.slug;
    const errors = await clash(tx, { name, slug }, id);
    if (Object.keys(errors).length) return { ok: false, code: 'invalid', error: Object.values(errors)[0]!, fieldErrors: errors };
    if (slug !== current.slug) {
      await reclaimAddress(tx, { path: tagPath(slug), target: { kind: 'tag', id } });
      await recordRedirect(tx, { fromPath: tagPath(current.slug), target: { kind: 'tag', id } });
    }
    const [tag] = await tx
      .update(tags)
      .set({ name, slug, description, updatedAt: sql`now()` })
      .where(eq(tags.id, id))
      .returning({ id: tags.id, name: tags.name, slug: tags.slug });
    expired = [...(await tagFootprint(tx, current)), cacheTags.tagSlug(slug)];
    return { ok: true, tag: tag! };
  });
  if (result.ok) expireTags(expired);
  return result;
}

/**
 * Folds `fromId` into `intoId`: every article (working and public copy) carrying the old tag carries
 * the surviving one, the old slug (and its own old slugs) redirect to the survivor, the old tag goes.
 */
export async function mergeTags(actor: Actor, input: z.input<typeof mergeTagsSchema>): Promise<TagResult> {
  if (!can(actor, { kind: 'tag:manage' })) return forbidden;
  const parsed = mergeTagsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'invalid', error: 'Choose the tag to merge into.', fieldErrors: { into: 'Choose the tag to merge into.' } };
  const { fromId, intoId } = parsed.data;
  if (fromId === intoId) return { ok: false, code: 'invalid', error: 'Choose a different tag to merge into.', fieldErrors: { into: 'Choose a different tag to merge into.' } };
  const db = await getDb();
  let expired: string[] = [];
  const result = await db.transaction(async (tx): Promise<TagResult> => {
    const locked = await tx.select().from(tags).where(sql`${tags.id} in (${fromId}, ${intoId})`).orderBy(asc(tags.id)).for('update');
    const from = locked.find((t) => t.id === fromId);
    const into = locked.find((t) => t.id === intoId);
    if (!from) return notFound;
    if (!into) return { ok: false, code: 'not_found', error: 'The tag to merge into no longer exists; search again.', fieldErrors: { into: 'The tag to merge into no longer exists; search again.' } };
    expired = [...(await tagFootprint(tx, from)), ...(await tagFootprint(tx, into))];
    // The one write of article tables outside lib/articles (scripts/article-writes.test.ts lists it): a
    // set-based statement over every carrier's links and public tag list, with no revision or version
    // bump, since the articles did not change, their tag did. Going article by article would not scale.
    await tx.execute(sql`
      insert into ${articleTags} (article_id, tag_id)
      select article_id, ${intoId}::uuid from ${articleTags} where tag_id = ${fromId}
      on conflict do nothing`);
    await tx.delete(articleTags).where(eq(articleTags.tagId, fromId));
    // Public copies: replace in place (keeps the order), or just drop it where the survivor is already there.
    await tx
      .update(publishedArticles)
      .set({
        tagIds: sql`case when ${publishedArticles.tagIds} @> array[${intoId}]::uuid[]
          then array_remove(${publishedArticles.tagIds}, ${fromId}::uuid)
          else array_replace(${publishedArticles.tagIds}, ${fromId}::uuid, ${intoId}::uuid) end`,
      })
      .where(sql`${publishedArticles.tagIds} @> array[${fromId}]::uuid[]`);
    await retargetRedirects(tx, { from: { kind: 'tag', id: fromId }, into: { kind: 'tag', id: intoId } });
    await tx.delete(tags).where(eq(tags.id, fromId));
    await recordRedirect(tx, { fromPath: tagPath(from.slug), target: { kind: 'tag', id: intoId } });
    await recordAudit(tx, {
      actor,
      action: 'tag.merged',
      objectType: 'tag',
      objectId: intoId,
      summary: `Merged tag “${from.name}” into “${into.name}”`,
      details: { from: { id: from.id, name: from.name, slug: from.slug }, into: { id: into.id, name: into.name, slug: into.slug } },
    });
    return { ok: true, tag: { id: into.id, name: into.name, slug: into.slug } };
  });
  if (result.ok) expireTags(expired);
  return result;
}

/** Deletes a tag: it disappears from every article, working and public copy; its page stops existing. */
export async function deleteTag(actor: Actor, input: { id: string }): Promise<WriteResult> {
  if (!can(actor, { kind: 'tag:manage' })) return forbidden;
  if (!z.uuid().safeParse(input.id).success) return notFound;
  const db = await getDb();
  let expired: string[] = [];
  const result = await db.transaction(async (tx): Promise<WriteResult> => {
    const [tag] = await tx.select().from(tags).where(eq(tags.id, input.id)).for('update');
    if (!tag) return notFound;
    expired = await tagFootprint(tx, tag);
    // Set-based, like the merge: the public copies' tag lists lose the tag in place.
    await tx
      .update(publishedArticles)
      .set({ tagIds: sql`array_remove(${publishedArticles.tagIds}, ${tag.id}::uuid)` })
      .where(sql`${publishedArticles.tagIds} @> array[${tag.id}]::uuid[]`);
    // article_tags rows and the tag's old addresses go with the tag (on delete cascade).
    await tx.delete(tags).where(eq(tags.id, tag.id));
    await recordAudit(tx, {
      actor,
      action: 'tag.deleted',
      objectType: 'tag',
      objectId: tag.id,
      summary: `Deleted tag “${tag.name}” (${tag.slug})`,
      details: { name: tag.name, slug: tag.slug },
    });
    return { ok: true };
  });
  if (result.ok) expireTags(expired);
  return result;
}
