// The editable fields of an article, declared once: the zod schema below. The server parses every save
// with it, the editor uses it for live checks and maxLength, and the working copy, revision snapshots and
// the public copy take their field lists from it, so a field added here reaches all of them.
import { z } from 'zod';
import { staffText } from '@/lib/core/text-rule';
import type { ArticleSnapshot, DocJSON } from '@/db/schema';
import { bodyShapeProblem } from '@/lib/content/limits';
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/core/slug';

export const FIELD_LIMITS = {
  headline: 200,
  dek: 400,
  slug: SLUG_MAX,
  excerpt: 500,
  featuredImageCaption: 500,
  featuredImageCredit: 200,
  seoTitle: 120,
  seoDescription: 320,
  correctionNote: 2000,
  tags: 20,
  bylines: 10,
} as const;

/** Every staff-typed text field goes through this one rule (a shared text check belongs here). */
const text = (max: number, label: string) =>
  staffText({ error: `${label} must be text.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .transform((v) => v.trim());

export const articleFieldsSchema = z.object({
  headline: text(FIELD_LIMITS.headline, 'The headline'),
  dek: text(FIELD_LIMITS.dek, 'The dek'),
  // Empty means "make one from the headline"; anything else must already be a valid slug.
  slug: staffText({ error: 'The slug must be text.' })
    .trim()
    .max(FIELD_LIMITS.slug, { error: `The slug must be at most ${FIELD_LIMITS.slug} characters.` })
    .refine((v) => v === '' || SLUG_PATTERN.test(v), {
      error: 'Use lower-case letters, digits and single hyphens only (like "council-votes-on-budget").',
    }),
  // Shape first (depth, size, the text rule on every string), without recursion; then the document
  // schema separately (lib/content/schema.ts), where messages are better.
  body: z
    .custom<DocJSON>((v) => typeof v === 'object' && v !== null, { error: 'The body is not an article document.' })
    .superRefine((v, ctx) => {
      const problem = bodyShapeProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  excerpt: text(FIELD_LIMITS.excerpt, 'The excerpt'),
  featuredImageId: z.uuid({ error: 'Choose the featured image from the media library.' }).nullable(),
  featuredImageCaption: text(FIELD_LIMITS.featuredImageCaption, 'The caption'),
  featuredImageCredit: text(FIELD_LIMITS.featuredImageCredit, 'The credit'),
  seoTitle: text(FIELD_LIMITS.seoTitle, 'The SEO title'),
  seoDescription: text(FIELD_LIMITS.seoDescription, 'The SEO description'),
  correctionNote: text(FIELD_LIMITS.correctionNote, 'The correction note'),
  tagIds: z
    .array(z.uuid({ error: 'Unknown tag.' }), { error: 'Tags must be a list.' })
    .max(FIELD_LIMITS.tags, { error: `Use at most ${FIELD_LIMITS.tags} tags.` })
    .transform((ids) => [...new Set(ids)]),
  authorIds: z
    .array(z.uuid({ error: 'Unknown byline.' }), { error: 'Bylines must be a list.' })
    .min(1, { error: 'Add at least one byline.' })
    .max(FIELD_LIMITS.bylines, { error: `Use at most ${FIELD_LIMITS.bylines} bylines.` })
    .transform((ids) => [...new Set(ids)]),
});

/** What the editor sends (before trimming). */
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
/** What a save stores. */
export type ArticleFields = z.output<typeof articleFieldsSchema>;
export type ArticleFieldName = keyof ArticleFields;

/** The field names in form order, from the schema. */
export const ARTICLE_FIELD_NAMES = articleFieldsSchema.keyof().options;
/** The fields stored as columns of `articles` and `published_articles` (tags and bylines are link rows). */
export type ArticleColumnName = Exclude<ArticleFieldName, 'tagIds' | 'authorIds'>;
export const ARTICLE_COLUMN_NAMES = ARTICLE_FIELD_NAMES.filter((name): name is ArticleColumnName => name !== 'tagIds' && name !== 'authorIds');

/** The article-field columns of a row (working copy or public copy), nothing else. */
export function articleColumnsOf<T extends Record<ArticleColumnName, unknown>>(row: T): Pick<T, ArticleColumnName> {
  return Object.fromEntries(ARTICLE_COLUMN_NAMES.map((name) => [name, row[name]])) as Pick<T, ArticleColumnName>;
}

// db/ cannot import lib/, so the stored snapshot type is written out there: this fails to compile when
// the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SNAPSHOT_MATCHES_FIELDS: Same<ArticleSnapshot, ArticleFields> = true;

export type FieldErrors = Partial<Record<ArticleFieldName | 'scheduledAt' | 'version', string>>;

/** Field errors from a zod failure, the first message per field. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out as FieldErrors;
}

export const EMPTY_DOC: DocJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A new article's fields: empty, with its creator as the only byline. */
export function blankArticleFields(authorId: string): ArticleFieldsInput {
  return {
    headline: '',
    dek: '',
    slug: '',
    body: EMPTY_DOC,
    excerpt: '',
    featuredImageId: null,
    featuredImageCaption: '',
    featuredImageCredit: '',
    seoTitle: '',
    seoDescription: '',
    correctionNote: '',
    tagIds: [],
    authorIds: [authorId],
  };
}
