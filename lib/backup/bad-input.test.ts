// A bad archive or a refused restore gets one clear line, and nothing is written: no row, no media file.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-restore-'));

import fs from 'node:fs';
import path from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, tags } from '@/db/schema';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';
import { localDiskStorage } from '@/lib/media/storage';
import { restoreArchive } from './restore';
import { BACKUP_TABLES } from './tables';
import { writeZip } from './testing';

const uploads = path.join(dataDir, 'uploads');
const storage = localDiskStorage(uploads);
const file = (name: string) => path.join(dataDir, name);

const TAG = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const ARTICLE = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const MEDIA_A = '0d8b3a2e-6f0b-4c1a-9d53-8f0e6c2b7a11';
const MEDIA_B = '3c1f2b4d-7a8e-4f3b-8c2d-1e5f6a7b8c99';
const line = (row: object) => JSON.stringify(row) + '\n';
const manifest = (counts: Record<string, number>, extra: object = {}) =>
  JSON.stringify({ format: 'byline-export', version: 1, bylineVersion: '0.1.0', createdAt: '2026-11-30T12:00:00.000Z', siteUrl: 'https://news.example.org', credentials: false, counts, mediaFiles: 0, ...extra });
const tagLine = (over: object = {}) => line({ id: TAG, name: 'Harbour', slug: 'harbour', description: '', created_at: '2026-01-02T03:04:05.123456Z', updated_at: '2026-01-02T03:04:05.123456Z', ...over });
const mediaLine = (id: string, key: string, bytes: number) =>
  line({ id, storage_key: key, original_name: 'quay.jpg', mime_type: 'image/jpeg', width: 10, height: 10, bytes, variants: [], alt: 'The quay', caption: '', credit: '', uploaded_by_id: null, created_at: '2026-01-02T03:04:05.000000Z' });
const articleLine = (body: unknown) => line({ id: ARTICLE, slug: 'ferry-timetable', headline: 'Ferry timetable changes', body });

async function restore(name: string) {
  const result = await restoreArchive({ file: file(name), storage });
  return result.ok ? 'ok' : result.error;
}

async function nothingWritten() {
  const db = await getDb();
  for (const { table } of BACKUP_TABLES) expect((await db.select().from(table)).length, getTableName(table)).toBe(0);
  expect(fs.existsSync(uploads) ? fs.readdirSync(uploads, { recursive: true }).filter((f) => fs.statSync(path.join(uploads, String(f))).isFile()) : []).toEqual([]);
  expect(await db.select().from(auditLog)).toEqual([]);
}

beforeEach(async () => {
  const db = await getDb();
  await db.delete(tags);
});

afterAll(() => removeTempDataDir(dataDir));

describe('restoring a bad archive', () => {
  it('refuses a file that is not a zip', async () => {
    fs.writeFileSync(file('notes.zip'), 'these are meeting notes, not an archive');
    expect(await restore('notes.zip')).toMatch(/notes\.zip is not a complete zip archive \(/);
    await nothingWritten();
  });

  it('refuses a missing file', async () => {
    expect(await restore('nowhere.zip')).toMatch(/nowhere\.zip does not exist\./);
  });

  it('refuses a truncated zip', async () => {
    await writeZip(file('whole.zip'), { 'manifest.json': manifest({ tags: 1 }), 'tags.jsonl': tagLine() });
    const bytes = fs.readFileSync(file('whole.zip'));
    fs.writeFileSync(file('cut.zip'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await restore('cut.zip')).toMatch(/cut\.zip is not a complete zip archive/);
    await nothingWritten();
  });

  it('refuses a zip without a manifest', async () => {
    await writeZip(file('no-manifest.zip'), { 'tags.jsonl': tagLine() });
    expect(await restore('no-manifest.zip')).toMatch(/no-manifest\.zip has no manifest\.json: it is not a Byline archive\./);
    await nothingWritten();
  });

  it('refuses another format and a newer version, naming what to do', async () => {
    await writeZip(file('other.zip'), { 'manifest.json': JSON.stringify({ format: 'ghost' }) });
    expect(await restore('other.zip')).toMatch(/other\.zip is not a Byline archive \(manifest\.json names the format "ghost"\)/);
    await writeZip(file('future.zip'), { 'manifest.json': manifest({ tags: 1 }, { version: 2 }), 'tags.jsonl': tagLine() });
    expect(await restore('future.zip')).toMatch(/uses export format version 2, newer than this Byline reads \(1\): upgrade Byline/);
    await writeZip(file('future-table.zip'), { 'manifest.json': manifest({ tags: 0, polls: 0 }), 'tags.jsonl': '', 'polls.jsonl': '' });
    expect(await restore('future-table.zip')).toMatch(/holds polls\.jsonl, which this Byline does not know/);
    await nothingWritten();
  });

  it('names the file and line of a row that fails validation', async () => {
    const second = tagLine({ id: '2b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', slug: 42 });
    await writeZip(file('bad-row.zip'), { 'manifest.json': manifest({ tags: 2 }), 'tags.jsonl': tagLine() + second });
    expect(await restore('bad-row.zip')).toMatch(/^tags\.jsonl line 2: slug: .*string/);
    await writeZip(file('bad-json.zip'), { 'manifest.json': manifest({ tags: 2 }), 'tags.jsonl': tagLine() + '{"id": \n' });
    expect(await restore('bad-json.zip')).toBe('tags.jsonl line 2: not valid JSON.');
    await writeZip(file('extra-field.zip'), { 'manifest.json': manifest({ tags: 1 }), 'tags.jsonl': tagLine({ colour: 'red' }) });
    expect(await restore('extra-field.zip')).toMatch(/^tags\.jsonl line 1: .*colour/);
    await nothingWritten();
  });

  it('checks article bodies with the editor’s validator', async () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    await writeZip(file('bad-body.zip'), { 'manifest.json': manifest({ articles: 1 }), 'articles.jsonl': articleLine(body) });
    expect(await restore('bad-body.zip')).toMatch(/^articles\.jsonl line 1: body: The link "javascript:alert\(1\)" is not allowed/);
    await writeZip(file('unknown-node.zip'), { 'manifest.json': manifest({ articles: 1 }), 'articles.jsonl': articleLine({ type: 'doc', content: [{ type: 'marquee' }] }) });
    expect(await restore('unknown-node.zip')).toMatch(/^articles\.jsonl line 1: body: The body contains content the editor does not support/);
    await nothingWritten();
  });

  it('refuses a media row whose file is missing, and removes the files it had written', async () => {
    const jpeg = Buffer.from('not really a jpeg, but bytes all the same');
    await writeZip(file('no-file.zip'), {
      'manifest.json': manifest({ media: 2 }, { mediaFiles: 1 }),
      'media.jsonl': mediaLine(MEDIA_A, 'a1/original.jpg', jpeg.length) + mediaLine(MEDIA_B, 'b2/original.jpg', 10),
      'media/a1/original.jpg': jpeg,
    });
    expect(await restore('no-file.zip')).toBe('media.jsonl line 2: its file media/b2/original.jpg is missing from the archive.');
    await nothingWritten();
  });

  it('refuses rows the database would not hold together, naming the lines', async () => {
    await writeZip(file('dangling.zip'), { 'manifest.json': manifest({ article_tags: 1 }), 'article_tags.jsonl': line({ article_id: ARTICLE, tag_id: TAG }) });
    expect(await restore('dangling.zip')).toMatch(/^article_tags\.jsonl lines 1–1: the database refused a row \(/);
    await writeZip(file('short.zip'), { 'manifest.json': manifest({ tags: 3 }), 'tags.jsonl': tagLine() });
    expect(await restore('short.zip')).toBe('tags.jsonl has 1 rows, but the manifest says 3: the archive is incomplete.');
    await nothingWritten();
  });

  it('restores only into an empty database', async () => {
    const db = await getDb();
    await db.insert(tags).values({ name: 'Existing', slug: 'existing' });
    await writeZip(file('good.zip'), { 'manifest.json': manifest({ tags: 1 }), 'tags.jsonl': tagLine() });
    expect(await restore('good.zip')).toMatch(/^The database is not empty \(it has tags\): restore only into an empty one, such as a fresh DATA_DIR or a new database named in DATABASE_URL\.$/);
    const rows = await db.select().from(tags);
    expect(rows.map((r) => r.slug)).toEqual(['existing']);
  });

  it('restores a small good archive exactly, microseconds included', async () => {
    await writeZip(file('good.zip'), { 'manifest.json': manifest({ tags: 1 }), 'tags.jsonl': tagLine() });
    expect(await restore('good.zip')).toBe('ok');
    const db = await getDb();
    const [row] = await db.select().from(tags);
    expect(row).toMatchObject({ id: TAG, slug: 'harbour' });
    const [micro] = await db.select({ us: sql<string>`to_char(${tags.createdAt} at time zone 'UTC', 'US')` }).from(tags);
    expect(micro?.us).toBe('123456');
  });
});
