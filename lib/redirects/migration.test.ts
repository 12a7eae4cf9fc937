// Migration 0012 against data in the old shape: a database migrated up to 0011 gets article, page and tag
// old slugs (tag_redirects, article_redirects) and stored paths (redirects) as they were; after 0012 they
// are one redirects table, old slugs winning where both held an address, and the old tables are gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { migrationsFolder, runMigrations } from '@/db/migrate';
import { createTestDatabase } from '@/db/testing';
import { parseConfig } from '@/lib/config/env';

const MIGRATION = '0012_one_redirects_table';

let handle: DbHandle;
let before: string;

/** The migrations folder as it was before MIGRATION: its files and journal entries up to the one before. */
function folderBefore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-migration-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === MIGRATION);
  expect(upTo).toBeGreaterThan(0);
  const entries = journal.entries.slice(0, upTo);
  for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

const ids = {
  tag: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  article: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  page: '8a0f1c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b',
};

async function sql(text: string) {
  return (await handle.db.execute(text as never)) as unknown as { rows: Record<string, unknown>[] };
}

beforeAll(async () => {
  before = folderBefore();
  handle = await createTestDatabase(parseConfig(process.env).databaseUrl, { migrationsFolder: before });
  const body = `'{"type":"doc","content":[{"type":"paragraph"}]}'::jsonb`;
  await sql(`insert into tags (id, name, slug) values ('${ids.tag}', 'Harbour', 'harbour')`);
  await sql(`insert into articles (id, kind, slug, headline, body) values ('${ids.article}', 'article', 'ferry-timetable', 'Ferry', ${body}), ('${ids.page}', 'page', 'about', 'About', ${body})`);
  await sql(`insert into tag_redirects (from_slug, tag_id, created_at) values ('old-Harbour', '${ids.tag}', '2026-01-02T03:04:05.123456Z')`);
  await sql(`insert into article_redirects (from_slug, article_id, created_at) values ('ferry-times', '${ids.article}', '2026-01-03T00:00:00Z'), ('about-us', '${ids.page}', '2026-01-04T00:00:00Z')`);
  await sql(`insert into redirects (from_path, to_path, status, source) values
    ('/about-us', '/somewhere-else', 308, 'manual'),
    ('/tag/old-Harbour', '/tag/imported', 308, 'wordpress'),
    ('/?p=12', '/news/ferry-timetable', 301, 'wordpress'),
    ('/2019/05/old-story', '/news/ferry-timetable', 308, 'manual')`);
  await runMigrations(handle);
}, 120_000);

afterAll(async () => {
  await handle?.close();
  if (before) fs.rmSync(before, { recursive: true, force: true });
});

describe(`migration ${MIGRATION}`, () => {
  it('moves every old slug into redirects as a slug-change row that follows its article, page or tag', async () => {
    const { rows } = await sql(`select from_path, source, to_path, article_id, tag_id, user_id, status,
      to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created from redirects order by from_path collate "C"`);
    expect(rows.map((r) => ({ ...r, created: undefined }))).toEqual([
      { from_path: '/2019/05/old-story', source: 'manual', to_path: '/news/ferry-timetable', article_id: null, tag_id: null, user_id: null, status: 308, created: undefined },
      { from_path: '/?p=12', source: 'wordpress', to_path: '/news/ferry-timetable', article_id: null, tag_id: null, user_id: null, status: 301, created: undefined },
      // A page's old slug was answered before the stored path at the same address, and still is.
      { from_path: '/about-us', source: 'slug-change', to_path: null, article_id: ids.page, tag_id: null, user_id: null, status: 308, created: undefined },
      { from_path: '/news/ferry-times', source: 'slug-change', to_path: null, article_id: ids.article, tag_id: null, user_id: null, status: 308, created: undefined },
      { from_path: '/tag/old-Harbour', source: 'slug-change', to_path: null, article_id: null, tag_id: ids.tag, user_id: null, status: 308, created: undefined },
    ]);
    expect(rows.find((r) => r.from_path === '/tag/old-Harbour')!.created).toBe('2026-01-02T03:04:05.123456Z');
  });

  it('drops the old tables and holds each row to exactly one target', async () => {
    const { rows } = await sql(`select table_name from information_schema.tables where table_name in ('tag_redirects', 'article_redirects')`);
    expect(rows).toEqual([]);
    await expect(sql(`insert into redirects (from_path, to_path, tag_id) values ('/two', '/x', '${ids.tag}')`)).rejects.toThrow();
    await expect(sql(`insert into redirects (from_path) values ('/none')`)).rejects.toThrow();
    // Old addresses go with what they follow.
    await sql(`delete from tags where id = '${ids.tag}'`);
    expect((await sql(`select from_path from redirects where from_path = '/tag/old-Harbour'`)).rows).toEqual([]);
  });
});
