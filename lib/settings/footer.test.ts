// The footer menu against a real database: admins only, published pages only, order kept, audited,
// and the public read shows exactly the chosen published pages in that order.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, siteSettings } from '@/db/schema';
import { makeStaff } from '@/lib/articles/testing';
import { makeArticle, unpublish } from '@/lib/articles/public-test-data';
import type { Actor } from '@/lib/permissions/can';
import { getFooterMenuForEdit, updateFooterMenu } from './footer';
import { getFooterPages } from './public';

let admin: Actor;
let editor: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  admin = await makeStaff('admin');
  editor = await makeStaff('editor');
  for (const [key, headline] of [['about', 'About us'], ['contact', 'Contact'], ['ethics', 'Ethics policy']] as const) {
    ids[key] = (await makeArticle({ kind: 'page', slug: `footer-${key}`, headline })).id;
  }
  ids.draft = (await makeArticle({ kind: 'page', status: 'draft', slug: 'footer-draft', headline: 'Draft page' })).id;
  ids.story = (await makeArticle({ slug: 'footer-story', headline: 'A story' })).id;
});

describe('footer menu', () => {
  it('keeps the order an admin chose, audits it, and the public footer follows', async () => {
    const saved = await updateFooterMenu(admin, { pageIds: [ids.ethics, ids.about] });
    expect(saved.ok && saved.menu.chosen.map((p) => p.title)).toEqual(['Ethics policy', 'About us']);
    expect(saved.ok && saved.menu.available.map((p) => p.title)).toEqual(['Contact']);
    expect((await getFooterPages()).map((p) => p.slug)).toEqual(['footer-ethics', 'footer-about']);

    const reordered = await updateFooterMenu(admin, { pageIds: [ids.about, ids.contact, ids.ethics] });
    expect(reordered.ok).toBe(true);
    expect((await getFooterPages()).map((p) => p.title)).toEqual(['About us', 'Contact', 'Ethics policy']);

    const db = await getDb();
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.footer_menu_updated'), eq(auditLog.actorId, admin.id)));
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.summary)).toContain('Footer menu: “About us”, “Contact”, “Ethics policy”');
  });

  it('refuses editors, drafts, articles, repeats and junk, changing nothing', async () => {
    const db = await getDb();
    const before = await db.select({ ids: siteSettings.footerPageIds }).from(siteSettings);
    expect(await updateFooterMenu(editor, { pageIds: [] })).toMatchObject({ ok: false, code: 'forbidden' });
    for (const pageIds of [[ids.draft], [ids.story], [ids.about, ids.about], ['not-an-id'], 'x']) {
      const result = await updateFooterMenu(admin, { pageIds });
      expect(result.ok, JSON.stringify(pageIds)).toBe(false);
      expect(!result.ok && result.fieldErrors?.pageIds, JSON.stringify(pageIds)).toBeTruthy();
    }
    expect(await db.select({ ids: siteSettings.footerPageIds }).from(siteSettings)).toEqual(before);
    expect(await getFooterMenuForEdit(editor)).toBeNull();
  });

  it('skips a page unpublished since it was chosen, and marks it for the admin', async () => {
    await unpublish(ids.contact!);
    expect((await getFooterPages()).map((p) => p.title)).toEqual(['About us', 'Ethics policy']);
    const menu = await getFooterMenuForEdit(admin);
    expect(menu!.chosen.find((p) => p.id === ids.contact)).toMatchObject({ published: false });
  });
});
