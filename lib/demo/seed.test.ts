// The demo seed: fills an empty database once, with valid documents and consistent public copies.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Media files go to a throwaway DATA_DIR: set before anything reads it.
const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-seed-'));

import fs from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleAuthors, articles, articleTags, media, publishedArticles, revisions, siteSettings, tags, users } from '@/db/schema';
import { articleFieldsSchema } from '@/lib/articles/fields';
import { walkDoc } from '@/lib/content/doc';
import { checkArticleDoc } from '@/lib/content/schema';
import { liveCoverage, liveEntries } from '@/db/schema';
import { checkEntryInput } from '@/lib/live/validation';
import { LIVE_ARTICLE } from './content-live';
import { ensureAdmin, isDatabaseEmpty, seedDemo, type DemoLogin } from './index';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';


async function counts() {
  const db = await getDb();
  const tables = { users, articles, articleTags, articleAuthors, publishedArticles, revisions, tags, media, siteSettings };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = (await db.select().from(table)).length;
  return out;
}

let logins: DemoLogin[] = [];
let seedMs = 0;

beforeAll(async () => {
  expect(await isDatabaseEmpty()).toBe(true);
  const started = Date.now();
  logins = await seedDemo();
  seedMs = Date.now() - started;
}, 120_000);

afterAll(() => {
  removeTempDataDir(dataDir);
});

describe('seedDemo', () => {
  it('fills the database in well under the time budget', async () => {
    console.info(`[seed] seeded in ${seedMs} ms`);
    expect(seedMs).toBeLessThan(60_000);
    expect(await isDatabaseEmpty()).toBe(false);
  });

  it('returns four demo logins with distinct roles that can sign in', async () => {
    expect(logins).toHaveLength(4);
    expect(new Set(logins.map((l) => l.role))).toEqual(new Set(['admin', 'editor', 'author', 'contributor']));
    const db = await getDb();
    for (const login of logins) {
      expect(login.password.length).toBeGreaterThanOrEqual(12);
      const [user] = await db.select().from(users).where(eq(users.email, login.email));
      expect(user?.role).toBe(login.role);
      expect(user?.disabled).toBe(false);
      expect(user?.avatarId).toBeTruthy();
      expect(await argon2.verify(user!.passwordHash!, login.password)).toBe(true);
    }
  });

  it('publishes 30+ articles across 6+ tags, each with a public copy and one publish revision', async () => {
    const db = await getDb();
    const all = (await db.select().from(articles)).filter((a) => a.kind === 'article');
    const live = all.filter((a) => a.status === 'published');
    expect(live.length).toBeGreaterThanOrEqual(30);
    const pubs = (await db.select().from(publishedArticles)).filter((p) => p.kind === 'article');
    expect(new Set(pubs.map((p) => p.articleId))).toEqual(new Set(live.map((a) => a.id)));
    for (const status of ['draft', 'review', 'scheduled', 'trash'] as const) expect(all.some((a) => a.status === status)).toBe(true);
    expect(all.filter((a) => a.status === 'draft').length).toBeGreaterThanOrEqual(3);
    expect(all.find((a) => a.status === 'scheduled')!.scheduledAt!.getTime()).toBeGreaterThan(Date.now());
    expect(all.find((a) => a.status === 'trash')!.statusBeforeTrash).toBe('draft');

    const allTags = await db.select().from(tags);
    const used = new Set(pubs.flatMap((p) => p.tagIds));
    expect(allTags.filter((t) => used.has(t.id)).length).toBeGreaterThanOrEqual(6);
    expect(allTags.every((t) => used.has(t.id) && t.description)).toBe(true);

    const revs = (await db.select().from(revisions).where(eq(revisions.kind, 'publish'))).filter((r) => live.some((a) => a.id === r.articleId));
    expect(revs.map((r) => r.articleId).sort()).toEqual(live.map((a) => a.id).sort());
    const recent = pubs.filter((p) => Date.now() - p.publishedAt.getTime() < 48 * 3_600_000);
    expect(recent.length).toBeGreaterThanOrEqual(2);
    for (const p of pubs) {
      expect(p.modifiedAt.getTime()).toBeGreaterThanOrEqual(p.publishedAt.getTime());
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.authorIds.length).toBeGreaterThanOrEqual(1);
      expect(p.tagIds.length).toBeGreaterThanOrEqual(1);
      expect(p.excerpt).not.toBe('');
      expect(p.featuredImageId).toBeTruthy();
      // The live article's summary is short on purpose: its story is in its entries.
      if (p.slug !== LIVE_ARTICLE.slug) expect(p.wordCount).toBeGreaterThanOrEqual(300);
    }
    expect(pubs.some((p) => p.correctionNote)).toBe(true);
  });

  it('includes one ongoing live article with a dozen valid entries, one pinned and two key events', async () => {
    const db = await getDb();
    const [article] = await db.select().from(publishedArticles).where(eq(publishedArticles.slug, LIVE_ARTICLE.slug));
    expect(article).toBeTruthy();
    const [coverage] = await db.select().from(liveCoverage).where(eq(liveCoverage.articleId, article!.articleId));
    expect(coverage?.endedAt).toBeNull();
    const entries = await db.select().from(liveEntries).where(eq(liveEntries.articleId, article!.articleId));
    expect(entries).toHaveLength(12);
    expect(entries.filter((e) => e.pinned)).toHaveLength(1);
    expect(entries.filter((e) => e.keyEvent)).toHaveLength(2);
    for (const e of entries) expect(checkEntryInput({ headline: e.headline, body: e.body, pinned: e.pinned, keyEvent: e.keyEvent }).ok).toBe(true);
  });

  it('stores bodies that pass the document check, with structure and library figures', async () => {
    const db = await getDb();
    const all = await db.select().from(articles);
    const mediaIds = new Set((await db.select({ id: media.id }).from(media)).map((m) => m.id));
    const bodies = [...all.map((a) => a.body), ...(await db.select().from(publishedArticles)).map((p) => p.body)];
    let withFigure = 0;
    for (const body of bodies) {
      const check = checkArticleDoc(body);
      expect(check.ok, check.ok ? '' : check.error).toBe(true);
      if (check.ok) for (const id of check.mediaIds) expect(mediaIds.has(id)).toBe(true);
    }
    for (const a of all.filter((x) => x.status === 'published' && x.kind === 'article' && x.slug !== LIVE_ARTICLE.slug)) {
      const types = new Set<string>();
      const marks = new Set<string>();
      walkDoc(a.body, (n) => {
        types.add(n.type === 'heading' ? `h${n.attrs?.level}` : n.type!);
        n.marks?.forEach((m) => marks.add(m.type));
      });
      expect(types.has('h2'), a.slug).toBe(true);
      expect(types.has('bulletList') || types.has('orderedList'), a.slug).toBe(true);
      expect(marks.has('link'), a.slug).toBe(true);
      expect(marks.has('bold') || marks.has('italic'), a.slug).toBe(true);
      if (types.has('figure')) withFigure++;
    }
    expect(withFigure).toBeGreaterThanOrEqual(20);
  });

  it('stores fields the editor would accept on its next save', async () => {
    const db = await getDb();
    const links = await db.select().from(articleTags);
    const bylines = await db.select().from(articleAuthors);
    for (const a of await db.select().from(articles)) {
      const parsed = articleFieldsSchema.safeParse({
        ...a,
        tagIds: links.filter((l) => l.articleId === a.id).map((l) => l.tagId),
        authorIds: bylines.filter((b) => b.articleId === a.id).sort((x, y) => x.position - y.position).map((b) => b.userId),
      });
      expect(parsed.success, `${a.slug}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('publishes the four standalone pages and puts them in the footer menu, in order', async () => {
    const db = await getDb();
    const pages = (await db.select().from(publishedArticles)).filter((p) => p.kind === 'page');
    expect(pages.map((p) => p.headline).sort()).toEqual(['About us', 'Contact', 'Corrections policy', 'Ethics policy']);
    for (const p of pages) expect(p).toMatchObject({ tagIds: [], authorIds: [], correctionNote: '' });
    const [settings] = await db.select().from(siteSettings);
    const order = settings!.footerPageIds.map((id) => pages.find((p) => p.articleId === id)?.slug);
    expect(order).toEqual(['about-us', 'contact', 'ethics-policy', 'corrections-policy']);
  });

  it('writes the image files and the site settings', async () => {
    const db = await getDb();
    const rows = await db.select().from(media);
    for (const row of rows) expect(fs.existsSync(path.join(dataDir, 'uploads', row.storageKey))).toBe(true);
    const [settings] = await db.select().from(siteSettings);
    expect(settings?.siteName).toBeTruthy();
    expect(settings?.copyright).toBeTruthy();
    const ids = [settings!.logoId!, settings!.defaultSocialImageId!];
    expect((await db.select().from(media).where(inArray(media.id, ids))).length).toBe(2);
  });

  it('refuses to run twice and changes nothing when it refuses', async () => {
    const before = await counts();
    await expect(seedDemo()).rejects.toThrow(/already/);
    expect(await counts()).toEqual(before);
  });
});

describe('ensureAdmin', () => {
  it('creates an active argon2id admin once, then reports that it exists', async () => {
    const db = await getDb();
    expect(await ensureAdmin({ email: 'Chief.Editor@Example.org', password: 'a-long-admin-password' })).toBe('created');
    expect(await ensureAdmin({ email: 'chief.editor@example.org', password: 'another-password-entirely' })).toBe('exists');
    const found = await db.select().from(users).where(eq(users.email, 'chief.editor@example.org'));
    expect(found).toHaveLength(1);
    const [admin] = found;
    expect(admin!.role).toBe('admin');
    expect(admin!.disabled).toBe(false);
    expect(admin!.name).toBe('Chief Editor');
    expect(admin!.slug).toBe('chief-editor');
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(admin!.passwordHash!, 'a-long-admin-password')).toBe(true);
  });

  it('leaves existing users alone and makes slugs unique', async () => {
    const db = await getDb();
    expect(await ensureAdmin({ email: 'admin@example.com', password: 'not-the-demo-password' })).toBe('exists');
    const [demoAdmin] = await db.select().from(users).where(eq(users.email, 'admin@example.com'));
    expect(await argon2.verify(demoAdmin!.passwordHash!, 'byline-admin-demo')).toBe(true);

    expect(await ensureAdmin({ email: 'margot-ellery@elsewhere.example', password: 'a-long-admin-password' })).toBe('created');
    expect(await ensureAdmin({ email: 'margot.ellery@third.example', password: 'a-long-admin-password' })).toBe('created');
    const slugs = (await db.select({ slug: users.slug }).from(users)).map((u) => u.slug);
    expect(slugs).toContain('margot-ellery-2');
    expect(slugs).toContain('margot-ellery-3');
    expect(await ensureAdmin({ email: 'x@example.net', password: 'a-long-admin-password' })).toBe('created');
    expect(slugs.concat((await db.select({ slug: users.slug }).from(users).where(eq(users.email, 'x@example.net'))).map((u) => u.slug))).toContain('x-admin');
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
