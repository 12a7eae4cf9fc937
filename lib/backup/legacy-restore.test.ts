// An archive from before the one redirects table kept old slugs in tag_redirects.jsonl and
// article_redirects.jsonl: it still restores, its old slugs as the redirects rows the migration makes, and their addresses resolve.
import { afterAll, describe, expect, it, vi } from 'vitest';

const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-legacy-'));

import path from 'node:path';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { redirects } from '@/db/schema';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';
import { localDiskStorage } from '@/lib/media/storage';
import { findRedirect, resolveOldAddress } from '@/lib/redirects/public';
import { restoreArchive } from './restore';
import { writeZip } from './testing';

const storage = localDiskStorage(path.join(dataDir, 'uploads'));
const file = (name: string) => path.join(dataDir, name);

const TAG = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const ARTICLE = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const PAGE = '8a0f1c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b';
const WHEN = '2026-01-02T03:04:05.123456Z';
const line = (row: object) => JSON.stringify(row) + '\n';
const lines = (rows: object[]) => rows.map(line).join('');
const manifest = (version: number, counts: Record<string, number>) =>
  JSON.stringify({ format: 'byline-export', version, bylineVersion: '0.1.0', createdAt: '2026-11-30T12:00:00.000Z', siteUrl: 'https://news.example.org', credentials: false, counts, mediaFiles: 0 });
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] };

/** An archive of that time: a tag, an article and a page, their old slugs, and the stored paths of that time. */
function beforeOneTable(articleRedirects: object[]) {
  const tagRedirects = [{ from_slug: 'old-Harbour', tag_id: TAG, created_at: WHEN }];
  const stored = [
    // A stored path at a page's old address: the page's old slug was answered first, and still is.
    { from_path: '/about-us', to_path: '/somewhere-else', status: 308, source: 'manual', created_at: WHEN, updated_at: WHEN },
    { from_path: '/?p=12', to_path: '/news/ferry-timetable', status: 301, source: 'wordpress', created_at: WHEN, updated_at: WHEN },
  ];
  return {
    'manifest.json': manifest(1, { tags: 1, tag_redirects: 1, articles: 2, article_redirects: articleRedirects.length, redirects: stored.length }),
    'tags.jsonl': line({ id: TAG, name: 'Harbour', slug: 'harbour', description: '', created_at: WHEN, updated_at: WHEN }),
    'tag_redirects.jsonl': lines(tagRedirects),
    'articles.jsonl': lines([
      { id: ARTICLE, slug: 'ferry-timetable', headline: 'Ferry timetable changes', body },
      { id: PAGE, kind: 'page', slug: 'about', headline: 'About', body },
    ]),
    'article_redirects.jsonl': lines(articleRedirects),
    'redirects.jsonl': lines(stored),
  };
}

const oldSlugs = [
  { from_slug: 'ferry-times', article_id: ARTICLE, created_at: WHEN },
  { from_slug: 'about-us', article_id: PAGE, created_at: WHEN },
];

afterAll(() => removeTempDataDir(dataDir));

describe('restoring an archive from before the one redirects table', () => {
  it('names the line of an old slug whose article is not in the archive, and writes nothing', async () => {
    await writeZip(file('dangling.zip'), beforeOneTable([...oldSlugs, { from_slug: 'gone', article_id: 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4' }]));
    const result = await restoreArchive({ file: file('dangling.zip'), storage });
    expect(result).toEqual({ ok: false, error: 'article_redirects.jsonl line 3: article_id: no article a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4 in articles.jsonl' });
    expect(await (await getDb()).select().from(redirects)).toEqual([]);
  });

  it('restores old slugs as redirects that follow their article, page or tag', async () => {
    await writeZip(file('old.zip'), beforeOneTable(oldSlugs));
    const result = await restoreArchive({ file: file('old.zip'), storage });
    expect(result).toMatchObject({ ok: true, counts: { tag_redirects: 1, article_redirects: 2, redirects: 2 } });
    const rows = await (await getDb()).select().from(redirects).orderBy(asc(redirects.fromPath));
    expect(rows.map((r) => ({ from: r.fromPath, source: r.source, to: r.toPath, article: r.articleId, tag: r.tagId, status: r.status }))).toEqual([
      { from: '/?p=12', source: 'wordpress', to: '/news/ferry-timetable', article: null, tag: null, status: 301 },
      { from: '/about-us', source: 'slug-change', to: null, article: PAGE, tag: null, status: 308 },
      { from: '/news/ferry-times', source: 'slug-change', to: null, article: ARTICLE, tag: null, status: 308 },
      { from: '/tag/old-Harbour', source: 'slug-change', to: null, article: null, tag: TAG, status: 308 },
    ]);
    expect(rows.find((r) => r.fromPath === '/tag/old-Harbour')!.createdAt.toISOString()).toBe('2026-01-02T03:04:05.123Z');
    expect(await resolveOldAddress('/news/ferry-times')).toEqual({ kind: 'article', id: ARTICLE });
    expect(await resolveOldAddress('/about-us/')).toEqual({ kind: 'article', id: PAGE });
    expect(await resolveOldAddress('/tag/old-Harbour')).toEqual({ kind: 'tag', id: TAG });
    expect(await findRedirect('/?p=12')).toEqual({ to: '/news/ferry-timetable', status: 301 });
  });
});
