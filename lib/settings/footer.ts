// The footer menu as admins edit it: which published pages the site footer links to, in which order.
// Stored as site_settings.footer_page_ids; the public read is getFooterPages() in ./public.ts.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { articles, publishedArticles, siteSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, invalid, type WriteResult } from '@/lib/core/result';

export const FOOTER_MENU_MAX = 12;

/** A page an admin may put in (or has in) the footer; `published` false while it is not public. */
export type FooterPageOption = { id: string; title: string; slug: string; published: boolean };
export type FooterMenu = { chosen: FooterPageOption[]; available: FooterPageOption[] };

export const footerMenuSchema = z.object({
  pageIds: z
    .array(z.uuid({ error: 'Choose pages from the list.' }), { error: 'Choose pages from the list.' })
    .max(FOOTER_MENU_MAX, { error: `The footer holds at most ${FOOTER_MENU_MAX} pages.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A page is in the footer twice.' }),
});
export type FooterMenuInput = z.input<typeof footerMenuSchema>;

async function pageOptions(): Promise<FooterPageOption[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, title: articles.headline, slug: articles.slug, publicSlug: publishedArticles.slug, publicTitle: publishedArticles.headline })
    .from(articles)
    .leftJoin(publishedArticles, eq(publishedArticles.articleId, articles.id))
    .where(and(eq(articles.kind, 'page'), inArray(articles.status, ['draft', 'review', 'scheduled', 'published'])))
    .orderBy(asc(articles.headline));
  return rows.map((r) => ({ id: r.id, title: r.publicTitle ?? (r.title || 'Untitled'), slug: r.publicSlug ?? r.slug, published: r.publicSlug !== null }));
}

async function storedIds(): Promise<string[]> {
  const db = await getDb();
  const [row] = await db.select({ ids: siteSettings.footerPageIds }).from(siteSettings).where(eq(siteSettings.id, 1));
  return row?.ids ?? [];
}

export async function getFooterMenuForEdit(actor: Actor | null): Promise<FooterMenu | null> {
  if (!can(actor, { kind: 'settings:manage' })) return null;
  const [options, ids] = await Promise.all([pageOptions(), storedIds()]);
  const byId = new Map(options.map((o) => [o.id, o]));
  // A page trashed since it was chosen simply drops out; an unpublished one stays, marked, until removed.
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  return { chosen, available: options.filter((o) => o.published && !ids.includes(o.id)) };
}

/** Replaces the footer menu with `pageIds`, in that order: each must be a published page. */
export async function updateFooterMenu(actor: Actor | null, input: unknown): Promise<WriteResult<{ menu: FooterMenu }>> {
  if (!can(actor, { kind: 'settings:manage' })) return forbidden('Only administrators can change the footer menu.');
  const parsed = footerMenuSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => ({ ...i, path: ['pageIds'] })));
  const ids = parsed.data.pageIds;
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    const published = ids.length
      ? await tx
          .select({ id: publishedArticles.articleId, title: publishedArticles.headline })
          .from(publishedArticles)
          .where(and(inArray(publishedArticles.articleId, ids), eq(publishedArticles.kind, 'page')))
      : [];
    if (published.length !== ids.length) return 'not-published' as const;
    const [before] = await tx.select({ ids: siteSettings.footerPageIds }).from(siteSettings).where(eq(siteSettings.id, 1)).for('update');
    const from = before?.ids ?? [];
    if (from.length === ids.length && from.every((id, i) => id === ids[i])) return false;
    await tx.insert(siteSettings).values({ id: 1, footerPageIds: ids }).onConflictDoUpdate({ target: siteSettings.id, set: { footerPageIds: ids } });
    const titles = new Map(published.map((p) => [p.id, p.title]));
    await recordAudit(tx, {
      actor: actor!,
      action: 'settings.footer_menu_updated',
      objectType: 'settings',
      objectId: '1',
      summary: ids.length ? `Footer menu: ${ids.map((id) => `“${titles.get(id)}”`).join(', ')}` : 'Emptied the footer menu',
      details: { from, to: ids },
    });
    return true;
  });
  if (changed === 'not-published') {
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { pageIds: 'Only published pages can be in the footer: publish the page first, or remove it.' } };
  }
  // The footer is in the layout of every public page.
  if (changed) expireTags([cacheTags.settings]);
  return { ok: true, menu: (await getFooterMenuForEdit(actor))! };
}
