// The reader's HTML of every demo article body, pinned to a committed snapshot taken before the document
// model was reorganised: any change to what readers see of the demo articles fails here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Media files go to a throwaway DATA_DIR: set before anything reads it.
const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-render-demo-'));

import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles } from '@/db/schema';
import { seedDemo } from '@/lib/demo/index';
import { ARTICLE_PAGE_IDS } from '@/components/site/article-view';
import { buildArticlePageData, getPublishedArticleRow } from '@/lib/articles/public';
import { renderArticleBodyToHtml } from './render-html';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';

beforeAll(async () => {
  await seedDemo();
}, 120_000);

afterAll(() => {
  removeTempDataDir(dataDir);
});

/** Media paths hold the upload month and a random id: name them by order of first appearance. */
function stable(html: string, names: Map<string, string>): string {
  return html.replace(/\/media\/\d{4}-\d{2}\/([0-9a-f-]{36})\//g, (_, id: string) => {
    if (!names.has(id)) names.set(id, `m${names.size + 1}`);
    return `/media/MONTH/${names.get(id)}/`;
  });
}

describe('demo article bodies as readers see them', () => {
  it('render exactly as before (page and feed variants)', async () => {
    const db = await getDb();
    const rows = await db.select({ id: publishedArticles.articleId, slug: publishedArticles.slug }).from(publishedArticles).where(eq(publishedArticles.kind, 'article')).orderBy(asc(publishedArticles.slug));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const names = new Map<string, string>();
    const out: Record<string, { page: string; feed: string }> = {};
    for (const { id, slug } of rows) {
      const row = await getPublishedArticleRow(id);
      const page = await buildArticlePageData(row!, { related: false });
      out[slug] = {
        page: stable(renderArticleBodyToHtml(page.body, { media: page.bodyMedia, reservedIds: ARTICLE_PAGE_IDS }), names),
        feed: stable(renderArticleBodyToHtml(page.body, { media: page.bodyMedia, resolveUrl: (p) => `https://news.example${p}` }), names),
      };
    }
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('./__snapshots__/demo-articles.html.json');
  });
});
