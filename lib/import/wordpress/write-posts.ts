// One WordPress post into a Byline article, or one WordPress page into a Byline standalone page (working
// copy, tags, bylines, and the public copy when it was published), in its own transaction: a failed
// item changes nothing. Re-runs update the article or page (imported_items maps 'post' and 'page').
import 'server-only';
import { eq } from 'drizzle-orm';
import { articles, type ArticleKind, type ArticleStatus } from '@/db/schema';
import { describeFieldErrors, findArticleSlug, writeArticleAsSystem } from '@/lib/articles/system-write';
import { FIELD_LIMITS } from '@/lib/articles/fields';
import { SLUG_MAX, SLUG_PATTERN, slugify } from '@/lib/core/slug';
import { excerptFrom } from '@/lib/content/text';
import { mediaPath } from '@/lib/core/routes';
import { htmlToDoc, htmlToText, type ImageRef } from './html-to-doc';
import { saveMapping } from './mapping';
import { oldSitePath } from './old-urls';
import { report, type RunState } from './state';
import { decodeSlug } from './write-people';
import type { WxrItem } from './wxr-reader';

const STATUS: Record<string, ArticleStatus> = { publish: 'published', draft: 'draft', pending: 'review', future: 'scheduled', private: 'draft', trash: 'trash' };

/** "2024-03-12 07:45:00" as written by WordPress (GMT column) → Date, or null for the zero date. */
export function wpDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

const meta = (item: WxrItem, key: string) => item.meta.filter((m) => m.key === key).map((m) => m.value.trim());

export type ImportedPost = { articleId: string; slug: string; published: boolean; date: Date; oldSlugs: string[]; categorySlugs: string[] };

function imageResolver(state: RunState) {
  const uploadsMarker = '/wp-content/uploads/';
  const byUrl = (src: string) => {
    const at = src.indexOf(uploadsMarker);
    if (at < 0) return undefined;
    const rel = decodeSlug(src.slice(at + uploadsMarker.length).split(/[?#]/)[0]!);
    return state.uploadPaths.get(rel);
  };
  return {
    byUrl,
    resolveImage: (ref: ImageRef) => {
      const id = (ref.attachmentId && state.media.has(ref.attachmentId) ? ref.attachmentId : undefined) ?? (ref.src ? byUrl(ref.src) : undefined);
      const m = id ? state.media.get(id) : undefined;
      if (!m) return null;
      return { mediaId: m.id, src: mediaPath(m.storageKey), alt: m.alt, caption: m.caption, credit: m.credit, width: m.width, height: m.height };
    },
    rewriteHref: (href: string) => {
      const id = byUrl(href);
      const m = id ? state.media.get(id) : undefined;
      if (m) return mediaPath(m.storageKey);
      // Links to the old site become site paths, answered by its redirects.
      const own = oldSitePath(href, state.site);
      return own && /^https?:/i.test(href) ? own : href;
    },
  };
}

/** The post's slug: the one it had unless another article or post of this export holds it, else slug-<wp id>, slug-<wp id>-3… */
function freeSlug(state: RunState, wanted: string, articleId: string | null, wpId: string, kind: ArticleKind): Promise<string> {
  return findArticleSlug(state.db, {
    base: wanted,
    articleId,
    kind,
    variant: (n) => `${wanted.slice(0, SLUG_MAX - 12)}-${n === 2 ? wpId : `${wpId}-${n}`}`,
    // Slugs this run has given to other posts, some not written yet (a dry run writes none).
    taken: (slug) => {
      const other = state.slugs.get(slug);
      return Boolean(other && other !== wpId);
    },
  });
}

export async function importPost(state: RunState, item: WxrItem, mappedId: string | null, kind: ArticleKind = 'article'): Promise<ImportedPost | null> {
  const label = `${kind === 'page' ? 'page' : 'post'} ${item.postId} "${item.title.slice(0, 60)}"`;
  // An article deleted in Byline since the last run is imported afresh.
  const existingId = mappedId && (await state.db.select({ id: articles.id }).from(articles).where(eq(articles.id, mappedId))).length ? mappedId : null;
  const status = STATUS[item.status];
  if (!status) {
    report(state, label, `status "${item.status}" is not a post status: skipped`);
    state.counts.skipped++;
    return null;
  }
  if (item.oversize) {
    report(state, label, 'its body is larger than 8 MB: skipped');
    state.counts.failed++;
    return null;
  }
  const headline = item.title.replace(/\s+/g, ' ').trim().slice(0, FIELD_LIMITS.headline);
  if (!headline && status === 'published') report(state, label, 'has no title: "Untitled" is used');

  const resolver = imageResolver(state);
  const { doc, problems } = htmlToDoc(item.content, resolver);
  for (const p of problems) report(state, label, p);

  const desired = item.status === 'trash' ? (meta(item, '_wp_desired_post_slug')[0] ?? item.postName.replace(/__trashed$/, '')) : item.postName;
  const wanted = slugify(decodeSlug(desired) || headline) || `post-${item.postId}`;
  if (!SLUG_PATTERN.test(wanted)) report(state, label, `slug "${desired}" is not a Byline slug`);
  const slug = await freeSlug(state, wanted, existingId, item.postId, kind);
  if (slug !== wanted) report(state, label, `slug "${wanted}" is taken (by another article or another post of the export): "${slug}" is used`);
  state.slugs.set(slug, item.postId);

  const date = wpDate(item.postDateGmt) ?? wpDate(item.postDate) ?? new Date();
  const modifiedAt = wpDate(item.postModifiedGmt);
  const modified = modifiedAt && modifiedAt > date ? modifiedAt : date;
  const authorId = state.authors.get(item.creator)?.id ?? state.actorId;
  if (!state.authors.has(item.creator)) report(state, label, `author "${item.creator}" is not in the export: the importing admin is the byline`);
  const tagIds: string[] = [];
  const categorySlugs: string[] = [];
  for (const t of kind === 'page' ? [] : item.terms) {
    if (t.domain === 'category') categorySlugs.push(t.slug);
    const tag = state.terms.get(`${t.domain}:${t.slug}`);
    if (tag && !tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  const thumb = meta(item, '_thumbnail_id')[0];
  const featured = thumb ? state.media.get(thumb) : undefined;
  if (thumb && !featured) report(state, label, `featured image #${thumb} was not imported`);
  if (item.isSticky) report(state, label, 'was sticky: Byline has no featured-on-home flag (the home page lists by date), so it is listed by date');
  if (item.status === 'private') report(state, label, 'was private: imported as a draft');
  if (item.comments) state.counts.comments += item.comments;

  const fields = {
    slug,
    headline: headline || (status === 'published' ? 'Untitled' : ''),
    dek: '',
    body: doc,
    excerpt: excerptFrom(htmlToText(item.excerpt), 300),
    featuredImageId: featured?.id ?? null,
    featuredImageCaption: featured?.caption ?? '',
    featuredImageCredit: featured?.credit ?? '',
    seoTitle: '',
    seoDescription: '',
    correctionNote: '',
  };
  const result: ImportedPost = { articleId: existingId ?? '', slug, published: status === 'published', date, oldSlugs: meta(item, '_wp_old_slug'), categorySlugs };
  if (state.dryRun) {
    state.counts[existingId ? 'updated' : 'imported']++;
    return result;
  }

  const articleId = await state.db.transaction(async (tx) => {
    const written = await writeArticleAsSystem(tx, {
      existingId,
      kind,
      fields: { ...fields, tagIds, authorIds: [authorId] },
      status,
      scheduledAt: status === 'scheduled' ? date : null,
      statusBeforeTrash: status === 'trash' ? (STATUS[meta(item, '_wp_trash_meta_status')[0] ?? ''] ?? 'draft') : null,
      trashedAt: status === 'trash' ? new Date() : null,
      createdById: authorId,
      createdAt: date,
      updatedById: state.actorId,
      updatedAt: modified,
      publication: status === 'published' ? { publishedAt: date, modifiedAt: modified } : null,
      revision: { authorId: state.actorId },
    });
    if (!written.ok) throw new Error(describeFieldErrors(written.fieldErrors));
    await saveMapping(tx, state.site, kind === 'page' ? 'page' : 'post', item.postId, written.id);
    return written.id;
  });
  state.counts[existingId ? 'updated' : 'imported']++;
  return { ...result, articleId };
}
