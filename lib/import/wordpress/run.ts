// Runs a WordPress import: two streaming passes over the export (authors, terms and media first, so
// posts can point at them; then posts), progress as it goes, and a report kept in the imports table.
import 'server-only';
import fs from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { imports, media, type ImportCounts, type ImportProblem } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { can, type Actor } from '@/lib/permissions/can';
import { articlePath, authorPath, feedPath, mediaPath, pagePath, tagFeedPath, tagPath } from '@/lib/core/routes';
import { loadMapping } from './mapping';
import { normalizeFromPath } from '@/lib/redirects/path';
import { authorOldPath, FEED_OLD_PATHS, oldSitePath, pageOldPaths, postOldPaths, termOldPath } from './old-urls';
import { report, type RunState } from './state';
import { toRef, importAttachment, attachmentFiles } from './write-media';
import { importAuthor, importTerm } from './write-people';
import { importPost } from './write-posts';
import { RedirectBatch } from './write-redirects';
import { readWxr, WxrError, type WxrChannel } from './wxr-reader';

export type ImportOptions = {
  file: string;
  uploadsDir?: string | null;
  dryRun?: boolean;
  onProgress?: (p: { phase: 'media' | 'posts'; done: number; total: number | null; perSecond: number; etaSeconds: number | null }) => void;
};
export type ImportReport = { importId: string | null; site: string; counts: ImportCounts; problems: ImportProblem[]; redirects: number; ok: boolean };

export async function importWordPress(actor: Actor, options: ImportOptions): Promise<ImportReport> {
  if (!can(actor, { kind: 'import:run' })) throw new Error('Only an administrator may import a site.');
  const db = await getDb();
  const state: RunState = {
    db,
    site: '',
    dryRun: Boolean(options.dryRun),
    actorId: actor.id,
    uploadsDir: options.uploadsDir ?? null,
    authors: new Map(),
    terms: new Map(),
    media: new Map(),
    uploadPaths: new Map(),
    slugs: new Map(),
    counts: { imported: 0, updated: 0, skipped: 0, failed: 0, comments: 0 },
    problems: [],
  };
  const finish = async (importId: string | null, ok: boolean, redirectCount: number): Promise<ImportReport> => {
    if (importId && !state.dryRun) {
      const { imported, updated, skipped, failed } = state.counts;
      await db.transaction(async (tx) => {
        await tx.update(imports).set({ status: ok ? 'done' : 'failed', counts: state.counts, problems: state.problems, finishedAt: new Date() }).where(eq(imports.id, importId));
        // The run and its audit entry are recorded together: who imported what, from which site.
        await recordAudit(tx, {
          actor,
          action: 'content.imported',
          objectType: 'content',
          objectId: importId,
          summary: `Imported WordPress site ${state.site || '(unknown)'}: ${imported} new, ${updated} updated, ${skipped} skipped, ${failed} failed`,
          details: { source: 'wordpress', site: state.site, counts: state.counts, problems: state.problems.length, ok },
        });
      });
    }
    return { importId, site: state.site, counts: state.counts, problems: state.problems, redirects: redirectCount, ok };
  };

  if (state.uploadsDir && !fs.existsSync(state.uploadsDir)) {
    report(state, 'uploads', `the folder ${state.uploadsDir} does not exist: media are reported as missing`);
  }
  if (!fs.existsSync(options.file)) {
    report(state, 'file', `${options.file} does not exist`);
    return finish(null, false, 0);
  }

  // Pass 1: channel, authors, terms, attachments; counts the posts for the progress line.
  let channel: WxrChannel | null = null;
  let importId: string | null = null;
  let postTotal = 0;
  let mediaDone = 0;
  let readError: string | null = null;
  const started = Date.now();
  try {
    for await (const event of readWxr(fs.createReadStream(options.file))) {
      if (event.kind === 'channel') {
        channel = event.channel;
        state.site = (channel.baseSiteUrl || channel.baseBlogUrl).replace(/\/+$/, '');
        if (!state.dryRun) {
          const [row] = await db.insert(imports).values({ source: 'wordpress', site: state.site, fileName: options.file.split('/').pop() ?? '', createdById: actor.id }).returning({ id: imports.id });
          importId = row!.id;
        }
        await preload(state);
      } else if (event.kind === 'author') await importAuthor(state, event.author);
      else if (event.kind === 'term') await importTerm(state, event.term);
      else if (event.item.type === 'attachment') {
        await importAttachment(state, event.item);
        mediaDone++;
        options.onProgress?.({ phase: 'media', done: mediaDone, total: null, perSecond: mediaDone / ((Date.now() - started) / 1000 || 1), etaSeconds: null });
      } else if (event.item.type === 'post' || event.item.type === 'page') postTotal++;
    }
  } catch (error) {
    if (!(error instanceof WxrError)) throw error;
    readError = error.message;
    report(state, 'file', error.message);
    if (!channel) return finish(importId, false, 0);
  }
  if (!channel) {
    report(state, 'file', 'This file is not a WordPress export.');
    return finish(importId, false, 0);
  }

  // Pass 2: posts and pages, then the old addresses.
  const postMap = await loadMapping(db, state.site, 'post');
  const pageMap = await loadMapping(db, state.site, 'page');
  const batch = new RedirectBatch(state);
  const touched: string[] = [];
  let done = 0;
  const postsStarted = Date.now();
  try {
    for await (const event of readWxr(fs.createReadStream(options.file))) {
      if (event.kind !== 'item') continue;
      const item = event.item;
      if (item.type === 'attachment') {
        const m = state.media.get(item.postId);
        if (m) {
          const target = mediaPath(m.storageKey);
          await batch.add(normalizeFromPath(`/?attachment_id=${item.postId}`), target);
          const own = oldSitePath(item.link, state.site);
          if (own) await batch.add(normalizeFromPath(own), target);
          for (const f of attachmentFiles(item)) await batch.add(normalizeFromPath(`/wp-content/uploads/${f}`), target);
        }
        continue;
      }
      if (item.type !== 'post' && item.type !== 'page') continue;
      done++;
      if (item.type === 'page') {
        try {
          const page = await importPost(state, item, pageMap.get(item.postId) ?? null, 'page');
          if (page?.articleId) touched.push(cacheTags.article(page.articleId), cacheTags.pageSlug(page.slug));
          if (page?.published) {
            for (const from of pageOldPaths({ id: item.postId, slugs: [item.postName, ...page.oldSlugs], link: item.link, siteUrl: state.site })) {
              await batch.add(from, pagePath(page.slug));
            }
          }
        } catch (error) {
          report(state, `page ${item.postId} "${item.title.slice(0, 60)}"`, `not imported: ${(error as Error).message.split('\n')[0]}`);
          state.counts.failed++;
        }
      } else {
        try {
          const post = await importPost(state, item, postMap.get(item.postId) ?? null);
          if (post?.articleId) touched.push(cacheTags.article(post.articleId), cacheTags.articleSlug(post.slug));
          if (post?.published) {
            for (const from of postOldPaths({ id: item.postId, slugs: [item.postName, ...post.oldSlugs], date: post.date, categorySlugs: post.categorySlugs, link: item.link, siteUrl: state.site })) {
              await batch.add(from, articlePath(post.slug));
            }
          }
        } catch (error) {
          report(state, `post ${item.postId} "${item.title.slice(0, 60)}"`, `not imported: ${(error as Error).message.split('\n')[0]}`);
          state.counts.failed++;
        }
      }
      const perSecond = done / ((Date.now() - postsStarted) / 1000 || 1);
      options.onProgress?.({ phase: 'posts', done, total: postTotal, perSecond, etaSeconds: perSecond ? Math.max(0, (postTotal - done) / perSecond) : null });
    }
  } catch (error) {
    if (!(error instanceof WxrError)) throw error;
    if (!readError) report(state, 'file', error.message);
  }

  // Terms, authors and the site's feeds and archive pages.
  for (const [key, tag] of state.terms) {
    const [domain, slug] = key.split(':') as [string, string];
    const base = termOldPath(domain, slug);
    await batch.add(normalizeFromPath(base), tagPath(tag.slug));
    await batch.add(normalizeFromPath(`${base}/feed`), tagFeedPath(tag.slug));
  }
  for (const [login, author] of state.authors) {
    if (login) await batch.add(normalizeFromPath(authorOldPath(login)), authorPath(author.slug));
  }
  for (const old of FEED_OLD_PATHS) await batch.add(old, feedPath);
  await batch.flush();
  if (!state.dryRun) {
    // Running instances (PostgreSQL) hear of it through peer-sync; an embedded database's server was stopped.
    expireTags([cacheTags.articleLists, cacheTags.articlePages, cacheTags.pageList, cacheTags.tagList, cacheTags.redirects, ...touched, ...[...state.terms.values()].map((t) => cacheTags.tagSlug(t.slug))]);
  }
  return finish(importId, !readError, batch.written);
}

/** What earlier runs imported from this site: media rows still present are reused. */
async function preload(state: RunState) {
  const mapped = await loadMapping(state.db, state.site, 'attachment');
  if (!mapped.size) return;
  const ids = [...new Set(mapped.values())];
  const byId = new Map<string, ReturnType<typeof toRef>>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await state.db.select().from(media).where(inArray(media.id, ids.slice(i, i + 1000)));
    for (const row of rows) byId.set(row.id, toRef(row));
  }
  for (const [wpId, mediaId] of mapped) {
    const ref = byId.get(mediaId);
    if (ref) state.media.set(wpId, ref);
  }
}
