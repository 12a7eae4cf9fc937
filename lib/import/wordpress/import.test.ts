// Integration tests: the committed fixture (made by WordPress itself) imported into a real database:
// what maps to what, re-runs that update instead of duplicating, and bad input reported item by item.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articleAuthors, articles, articleTags, auditLog, imports, media, publishedArticles, redirects, tags, users } from '@/db/schema';
import { makeStaff } from '@/lib/articles/testing';
import { checkArticleDoc } from '@/lib/content/schema';
import type { Actor } from '@/lib/permissions/can';
import { makeTempDataDir } from '@/lib/core/temp-data-dir';

makeTempDataDir('byline-wp-import-test-');
const { importWordPress } = await import('./run');

const FIXTURE = path.resolve(import.meta.dirname, '../../../e2e/fixtures/wordpress');
const EXPORT = path.join(FIXTURE, 'export.xml');
const UPLOADS = path.join(FIXTURE, 'uploads');
const tmp = (name: string, text: string) => {
  const file = path.join(process.env.DATA_DIR!, name);
  fs.writeFileSync(file, text);
  return file;
};

let admin: Actor;
let firstRun: Awaited<ReturnType<typeof importWordPress>>;

async function article(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.slug, slug));
  return row;
}

beforeAll(async () => {
  admin = await makeStaff('admin');
  firstRun = await importWordPress(admin, { file: EXPORT, uploadsDir: UPLOADS });
});

describe('importing a WordPress export', () => {
  it('refuses anyone but an administrator', async () => {
    const editor = await makeStaff('editor');
    await expect(importWordPress(editor, { file: EXPORT, uploadsDir: UPLOADS })).rejects.toThrow(/administrator/);
  });

  it('maps statuses, dates, bylines and tags', async () => {
    expect(firstRun.ok).toBe(true);
    const db = await getDb();
    const flood = (await article('river-authority-opens-east-locks'))!;
    expect(flood.status).toBe('published');
    expect(flood.headline).toBe('River authority opens the east locks after record rain');
    const [pub] = await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, flood.id));
    expect(pub!.publishedAt.toISOString()).toBe('2024-03-12T07:45:00.000Z');
    expect(pub!.excerpt).toBe('The east locks opened for the first time in a decade as the river rose.');
    expect((await article('harbour-dredging-draft'))!.status).toBe('draft');
    expect((await article('school-roof-pending'))!.status).toBe('review');
    const fair = (await article('spring-fair-opens'))!;
    expect(fair.status).toBe('scheduled');
    expect(fair.scheduledAt!.toISOString()).toBe('2031-04-01T09:00:00.000Z');
    expect((await article('staff-rota-private'))!.status).toBe('draft');
    const trashed = (await article('old-storm-warning'))!;
    expect(trashed.status).toBe('trash');
    expect(trashed.statusBeforeTrash).toBe('published');
    const unpublicIds = [fair.id, trashed.id, (await article('harbour-dredging-draft'))!.id];
    expect(await db.select().from(publishedArticles).where(inArray(publishedArticles.articleId, unpublicIds))).toEqual([]);

    const [byline] = await db.select({ name: users.name, hash: users.passwordHash, slug: users.slug }).from(articleAuthors).innerJoin(users, eq(users.id, articleAuthors.userId)).where(eq(articleAuthors.articleId, flood.id));
    expect(byline).toEqual({ name: 'Maria Hollis', hash: null, slug: 'maria-hollis' });
    const [nameless] = await db.select().from(users).where(eq(users.email, 'stringer42@news.example.org'));
    expect(nameless!.name).toBe('stringer42');
    expect(firstRun.problems).toContainEqual({ item: 'author stringer42', message: expect.stringMatching(/no display name/) });

    const tagNames = await db.select({ name: tags.name, slug: tags.slug, description: tags.description }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, flood.id));
    // The category "Weather" and the tag "Weather" are one tag; slugs and descriptions kept.
    expect(tagNames.map((t) => t.name).sort()).toEqual(['Ferry', 'River', 'Weather']);
    expect(tagNames.find((t) => t.name === 'Weather')).toEqual({ name: 'Weather', slug: 'weather', description: 'Forecasts and storms.' });
    expect(await db.select().from(tags).where(eq(tags.name, 'Uncategorized'))).toEqual([]);
  });

  it('converts Gutenberg and classic bodies into valid documents with library figures', async () => {
    const flood = (await article('river-authority-opens-east-locks'))!;
    expect(checkArticleDoc(flood.body).ok).toBe(true);
    const json = JSON.stringify(flood.body);
    for (const raw of ['<!--', 'wp:', '[caption', '[gallery', '<p>', '<figure']) expect(json).not.toContain(raw);
    const types = (flood.body.content as { type: string; attrs?: Record<string, unknown> }[]).map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(['heading', 'bulletList', 'orderedList', 'blockquote', 'horizontalRule', 'figure']));
    const figure = (flood.body.content as { type: string; attrs?: Record<string, unknown> }[]).find((n) => n.type === 'figure')!;
    expect(figure.attrs).toMatchObject({ alt: 'Water pours through the open east locks', caption: 'The east locks at dawn on Tuesday. Photo: River Authority' });
    expect(String(figure.attrs!.src)).toMatch(/^\/media\//);
    expect(flood.featuredImageId).toBe(figure.attrs!.mediaId);
    // The medium-size link points at Byline's copy, the embeds are links.
    expect(json).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(json).not.toContain('wp-content/uploads');

    const council = (await article('council-passes-smaller-budget'))!;
    expect(checkArticleDoc(council.body).ok).toBe(true);
    const cjson = JSON.stringify(council.body);
    expect(cjson).toContain('"caption":"The vote came at 1 a.m."');
    expect(cjson).not.toMatch(/\[(caption|gallery|audio)/);
    const paragraphs = (council.body.content as { type: string }[]).filter((n) => n.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);

    for (const p of ['youtube embed carried over as a link', 'table carried over as one paragraph per row', 'block "riverton/tide-chart" is not a Byline construct: its text was carried over']) {
      expect(firstRun.problems.map((x) => x.message)).toContain(p);
    }
  });

  it('imports WordPress pages as Byline pages, with their old addresses redirecting, drafts kept private', async () => {
    const db = await getDb();
    const about = (await article('about'))!;
    expect(about).toMatchObject({ kind: 'page', status: 'published', headline: 'About us' });
    const staff = (await article('staff'))!;
    expect(staff).toMatchObject({ kind: 'page', status: 'published', headline: 'Our newsroom staff' });
    expect(JSON.stringify(staff.body)).not.toMatch(/<!--|wp:|\[contact-form/);
    const [pub] = await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, staff.id));
    expect(pub).toMatchObject({ kind: 'page', tagIds: [], authorIds: [] });
    const draft = (await article('advertising'))!;
    expect(draft).toMatchObject({ kind: 'page', status: 'draft' });
    expect(await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, draft.id))).toEqual([]);
    // Posts stay articles.
    expect((await article('river-authority-opens-east-locks'))!.kind).toBe('article');

    const all = new Map((await db.select().from(redirects)).map((r) => [r.fromPath, r.toPath]));
    expect(all.get('/?page_id=20')).toBe('/about');
    expect(all.get('/about/staff')).toBe('/staff');
    expect(all.has('/about')).toBe(false);
    expect([...all.keys()].some((k) => k.includes('advertising'))).toBe(false);
    expect([...all.values()].some((v) => (v ?? '').includes('advertising'))).toBe(false);
  });

  it('puts attachments into the media library with alt text and caption, EXIF stripped', async () => {
    const db = await getDb();
    const rows = await db.select().from(media).where(eq(media.alt, 'Water pours through the open east locks'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.caption).toBe('The east locks at dawn on Tuesday.');
    expect(rows[0]!.variants.length).toBeGreaterThan(0);
  });

  it('stores redirects for every old address form, and the report', async () => {
    const db = await getDb();
    const all = new Map((await db.select().from(redirects)).map((r) => [r.fromPath, r.toPath]));
    const to = '/news/river-authority-opens-east-locks';
    for (const from of ['/2024/03/12/river-authority-opens-east-locks', '/river-authority-opens-east-locks', '/river/river-authority-opens-east-locks', '/archives/4', '/?p=4', '/2024/03/12/east-locks-open', '/locks-open-after-rain']) {
      expect(all.get(from), from).toBe(to);
    }
    expect(all.get('/category/weather')).toBe('/tag/weather');
    expect(all.get('/tag/weather-2')).toBe('/tag/weather');
    expect(all.get('/tag/ferry/feed')).toBe('/tag/ferry/feed.xml');
    expect(all.get('/author/mhollis')).toBe('/author/maria-hollis');
    expect(all.get('/feed')).toBe('/feed.xml');
    expect(all.get('/wp-content/uploads/2024/03/east-locks-300x188.jpg')).toMatch(/^\/media\//);
    expect(all.get('/?attachment_id=5')).toMatch(/^\/media\//);
    // Unpublished posts leave no address behind that would name them.
    expect([...all.keys()].some((k) => k.includes('harbour-dredging') || k === '/?p=14')).toBe(false);

    const [run] = await db.select().from(imports).where(eq(imports.id, firstRun.importId!));
    expect(run!.status).toBe('done');
    expect(run!.counts.comments).toBe(4);
    expect(run!.problems.length).toBe(firstRun.problems.length);
    // The run is in the audit log, with who ran it.
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'content.imported'), eq(auditLog.objectId, firstRun.importId!)));
    expect(entry).toMatchObject({ actorId: admin.id, objectType: 'content' });
    expect(entry!.summary).toContain('Imported WordPress site');
  });

  it('re-running the same export updates and never duplicates', async () => {
    const db = await getDb();
    const before = { articles: (await db.select().from(articles)).length, media: (await db.select().from(media)).length, users: (await db.select().from(users)).length, tags: (await db.select().from(tags)).length };
    const flood = (await article('river-authority-opens-east-locks'))!;
    await db.update(articles).set({ headline: 'Changed in Byline' }).where(eq(articles.id, flood.id));
    const again = await importWordPress(admin, { file: EXPORT, uploadsDir: UPLOADS });
    expect(again.counts.imported).toBe(0);
    expect(again.counts.updated).toBeGreaterThan(0);
    const after = { articles: (await db.select().from(articles)).length, media: (await db.select().from(media)).length, users: (await db.select().from(users)).length, tags: (await db.select().from(tags)).length };
    expect(after).toEqual(before);
    expect((await article('river-authority-opens-east-locks'))!.headline).toBe('River authority opens the east locks after record rain');
  });

  it('re-creates an imported article deleted in Byline since', async () => {
    const db = await getDb();
    const ferry = (await article('ferry-timetable-spring'))!;
    await db.delete(articles).where(eq(articles.id, ferry.id));
    const again = await importWordPress(admin, { file: EXPORT, uploadsDir: UPLOADS });
    expect(again.counts.failed).toBe(0);
    expect(again.counts.imported).toBe(1);
    expect((await article('ferry-timetable-spring'))!.status).toBe('published');
  });

  it('--dry-run writes nothing and reports the same', async () => {
    const db = await getDb();
    const count = async () => ({ a: (await db.select().from(articles)).length, i: (await db.select().from(imports)).length, r: (await db.select().from(redirects)).length });
    const before = await count();
    const dry = await importWordPress(admin, { file: EXPORT, uploadsDir: UPLOADS, dryRun: true });
    expect(dry.importId).toBeNull();
    expect(dry.counts.updated).toBeGreaterThan(0);
    expect(await count()).toEqual(before);
  });
});

describe('bad input', () => {
  const xml = fs.readFileSync(EXPORT, 'utf8');

  it('a file that is not WXR is one clear line and imports nothing', async () => {
    const report = await importWordPress(admin, { file: tmp('feed.xml', '<?xml version="1.0"?><rss><channel><title>x</title><item><title>a</title></item></channel></rss>') });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ item: 'file', message: expect.stringMatching(/not a WordPress export/) }]);
    const other = await importWordPress(admin, { file: tmp('html.xml', '<html><body>hello</body></html>') });
    expect(other.problems[0]!.message).toMatch(/root element is <html>/);
  });

  it('a truncated file imports what came before the break and says where it broke', async () => {
    const cut = xml.slice(0, xml.indexOf('<title><![CDATA[Ferry timetable') + 40);
    const report = await importWordPress(admin, { file: tmp('truncated.xml', cut.replaceAll('news.example.org', 'truncated.example.org')) });
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.item === 'file' && /not well-formed XML \(line \d+\)/.test(p.message))).toBe(true);
    const db = await getDb();
    const [run] = await db.select().from(imports).where(eq(imports.id, report.importId!));
    expect(run!.status).toBe('failed');
    // Posts before the break were imported (with suffixed slugs: the first site's articles keep theirs).
    expect(report.problems.some((p) => /slug "council-passes-smaller-budget" is taken/.test(p.message))).toBe(true);
    expect((await article('council-passes-smaller-budget'))!.headline).toBe('Council passes a smaller budget after a long night');
  });

  it('a missing uploads folder, an unreadable image and a huge body are each reported; the rest goes on', async () => {
    const big = `<p>${'x'.repeat(9 * 1024 * 1024)}</p>`;
    const edited = xml
      .replaceAll('news.example.org', 'bad.example.org')
      .replace('<![CDATA[Trashed text about an old storm.]]>', `<![CDATA[${big}]]>`);
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-wp-uploads-'));
    fs.cpSync(UPLOADS, broken, { recursive: true });
    fs.writeFileSync(path.join(broken, '2024/03/ferry-dock.jpg'), 'not a jpeg');
    const report = await importWordPress(admin, { file: tmp('bad.xml', edited), uploadsDir: broken });
    const lines = report.problems.map((p) => `${p.item}: ${p.message}`);
    expect(lines.some((l) => /attachment 7 .*not imported: The file is not an image/.test(l))).toBe(true);
    expect(lines.some((l) => /post 18 .*larger than 8 MB: skipped/.test(l))).toBe(true);
    expect(report.counts.imported).toBeGreaterThan(5);

    const missing = await importWordPress(admin, { file: tmp('missing.xml', xml.replaceAll('news.example.org', 'missing.example.org')), uploadsDir: '/nonexistent/uploads', dryRun: true });
    expect(missing.problems[0]).toEqual({ item: 'uploads', message: expect.stringMatching(/does not exist/) });
    expect(missing.problems.some((p) => /attachment 5 .*not in the uploads folder/.test(`${p.item}: ${p.message}`))).toBe(true);
  });

  it('a failed post changes nothing already in Byline', async () => {
    const db = await getDb();
    const [existing] = await db.select().from(articles).where(and(eq(articles.slug, 'under-14s-county-final')));
    const snapshot = JSON.stringify(existing);
    const edited = xml.replaceAll('news.example.org', 'collide.example.org');
    await importWordPress(admin, { file: tmp('collide.xml', edited), uploadsDir: UPLOADS });
    const [after] = await db.select().from(articles).where(eq(articles.id, existing!.id));
    expect(JSON.stringify(after)).toBe(snapshot);
  });
});

describe('authors', () => {
  it("never gives an imported author a slug that is another author's old address", async () => {
    const db = await getDb();
    const held = new Set((await db.select({ slug: users.slug }).from(users)).map((u) => u.slug));
    let n = 2;
    while (held.has(`tomas-brandt-${n}`)) n++;
    await db.insert(redirects).values({ fromPath: `/author/tomas-brandt-${n}`, source: 'slug-change', userId: admin.id });
    const xml = fs.readFileSync(EXPORT, 'utf8').replaceAll('news.example.org', 'held.example.org');
    await importWordPress(admin, { file: tmp('held.xml', xml), uploadsDir: UPLOADS });
    const [brandt] = await db.select({ slug: users.slug }).from(users).where(eq(users.email, 'tomas.brandt@held.example.org'));
    expect(brandt!.slug).toBe(`tomas-brandt-${n + 1}`);
  });
});
