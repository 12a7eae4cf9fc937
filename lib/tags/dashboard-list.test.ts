// Integration test: the tags page stays bounded at newsroom scale (10,000 tags): one page of rows, a
// merge search of at most 20, and page HTML that does not grow with the number of tags.
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tags } from '@/db/schema';
import { makeStaff } from '@/lib/articles/testing';
import type { Actor } from '@/lib/permissions/can';
import { IDLE } from '@/lib/core/form-state';
import { TagRows } from '@/components/dashboard/tag-rows';
import { MERGE_SEARCH_LIMIT, TAGS_PAGE_SIZE, listTagsPage, searchMergeTargets } from './dashboard-list';

const COUNT = 10_000;
let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
  contributor = await makeStaff('contributor');
  const db = await getDb();
  // Names like "Topic 00042"; every hundredth also holds "harbour" inside, for the contains search.
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const n = String(i).padStart(5, '0');
    return { name: i % 100 === 0 ? `Topic ${n} harbour` : `Topic ${n}`, slug: `topic-${n}` };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(tags).values(rows.slice(i, i + 1000));
  await db.insert(tags).values({ name: 'Harbour works', slug: 'harbour-works' });
}, 120_000);

describe('tags page at 10,000 tags', () => {
  it('returns one bounded page with the total, and pages on by name', async () => {
    const first = await listTagsPage(editor);
    expect(first.items).toHaveLength(TAGS_PAGE_SIZE);
    expect(first.total).toBe(COUNT + 1);
    expect(first.items[0]!.name).toBe('Harbour works');
    const third = await listTagsPage(editor, { page: 3 });
    expect(third.items[0]!.name).toBe(`Topic ${String(2 * TAGS_PAGE_SIZE - 1).padStart(5, '0')}`);
    const last = await listTagsPage(editor, { page: 201 });
    expect(last.items).toHaveLength(1);
    expect(last.items[0]).toMatchObject({ articleCount: 0, publishedCount: 0 });
  });

  it('filters by name, counting only the matches; a LIKE wildcard is taken literally', async () => {
    const harbour = await listTagsPage(editor, { query: 'HARBOUR' });
    expect(harbour.total).toBe(COUNT / 100 + 1);
    expect(harbour.items).toHaveLength(TAGS_PAGE_SIZE);
    expect((await listTagsPage(editor, { query: '%' })).total).toBe(0);
  });

  it('searches merge targets by name, names starting with the text first, at most the limit, never the tag itself', async () => {
    const [from] = (await listTagsPage(editor, { query: 'Harbour works' })).items;
    const found = await searchMergeTargets(editor, { fromId: from!.id, query: 'harbour' });
    expect(found).toHaveLength(MERGE_SEARCH_LIMIT);
    expect(found.some((t) => t.id === from!.id)).toBe(false);
    const other = await searchMergeTargets(editor, { fromId: found[0]!.id, query: 'harbour' });
    expect(other[0]!.name).toBe('Harbour works');
    expect(other.slice(1).every((t) => t.name.endsWith(' harbour'))).toBe(true);
    expect(await searchMergeTargets(editor, { fromId: from!.id, query: 'harbour', limit: 100_000 })).toHaveLength(MERGE_SEARCH_LIMIT);
    expect(await searchMergeTargets(editor, { fromId: from!.id, query: 'no such tag' })).toEqual([]);
    // Only those who may merge may search for a target.
    expect(await searchMergeTargets(contributor, { fromId: from!.id, query: 'harbour' })).toEqual([]);
  });

  it('renders a page of rows in a size that does not depend on how many tags exist', async () => {
    const page = await listTagsPage(editor);
    const noop = async () => IDLE;
    const html = renderToString(createElement(TagRows, { rows: page.items, manage: true, actions: { update: noop, merge: noop, remove: noop, search: async () => [] } }));
    expect(html).toContain('Harbour works');
    // 50 rows, each with its rename, merge and delete forms: well under 200 kB (it was 15.7 MB at 300 tags).
    expect(html.length).toBeLessThan(200_000);
    expect(html.match(/<option/g) ?? []).toHaveLength(0);
  });
});
