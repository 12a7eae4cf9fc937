// Integration test: a scheduled publish takes the one expiry path once. The scheduler runs outside any
// request, so this instance's page cache is expired by one call to its internal revalidate route (a
// real HTTP server stands in for the app at the configured port, as Next's handler would answer), the
// other instances are told once on the instance channel, and the edge gets its purge from the outbox
// without a second expiry of this instance's cache first.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, edgePurges } from '@/db/schema';
import { createDraft } from '@/lib/articles/editorial';
import { fieldsFor, makeStaff, paragraphs } from '@/lib/articles/testing';
import { scheduleArticle } from '@/lib/articles/workflow';
import { cacheTags } from '@/lib/cache/tags';
import { instanceSignal } from '@/lib/core/instance-signal';
import { INTERNAL_HEADER, internalToken } from '@/lib/security/internal-token';

const revalidations: { tags?: string[]; all?: boolean }[] = [];
let purged: (keys: string) => void = () => {};
const firstPurge = new Promise<string>((resolve) => (purged = resolve));
const app = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (req.method === 'PURGE') purged(String(req.headers['xkey-purge']));
    else if (req.url === '/api/internal/revalidate' && req.headers[INTERNAL_HEADER] === internalToken()) revalidations.push(JSON.parse(Buffer.concat(chunks).toString()));
    else res.statusCode = 403;
    res.end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
const port = (app.address() as AddressInfo).port;
// Read when the config is first parsed, below: the app and its one edge are this server.
process.env.PORT = String(port);
process.env.EDGE_PURGE_URLS = `http://127.0.0.1:${port}/`;
const { runScheduledPublishing } = await import('./job');

afterAll(() => app.close());

describe('the scheduler job', () => {
  it('expires a scheduled publish here once, announces it to peers once, and purges the edge', async () => {
    const editor = await makeStaff('editor');
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Harbour reopens at dawn', body: paragraphs('Goes live on its own.') }));
    if (!created.ok) throw new Error(created.error);
    const id = created.article.id;
    const scheduled = await scheduleArticle(editor, { id, scheduledAt: new Date(Date.now() + 60_000).toISOString() });
    if (!scheduled.ok) throw new Error(scheduled.error);
    const db = await getDb();
    await db.update(articles).set({ scheduledAt: sql`now() - interval '1 second'` }).where(eq(articles.id, id));

    const announced: string[][] = [];
    const tagsSignal = instanceSignal<{ tags: string[] }>({ kind: 'tags', module: 'test', parse: (m) => ({ tags: m.tags as string[] }) });
    let heard: () => void = () => {};
    const heardOnce = new Promise<void>((resolve) => (heard = resolve));
    const stop = tagsSignal.subscribe(({ tags }) => {
      announced.push(tags);
      heard();
    });
    await tagsSignal.ready();
    // The job runs in a Next server (instrumentation.ts), where this instance has a page cache to expire.
    process.env.NEXT_RUNTIME = 'nodejs';
    try {
      await runScheduledPublishing();
    } finally {
      delete process.env.NEXT_RUNTIME;
    }
    const [row] = await db.select().from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('published');

    // Here: one call, with the article's tags, and nothing else asked of the route.
    expect(revalidations).toHaveLength(1);
    expect(revalidations[0]).toEqual({ tags: expect.arrayContaining([cacheTags.article(id), cacheTags.articleSlug(row!.slug), cacheTags.articleLists]) });
    // The edge: the purge the publish queued in its transaction, sent without expiring this cache again.
    expect((await firstPurge).split(' ')).toContain(cacheTags.articleSlug(row!.slug));
    // The outbox records the first round as confirmed (and the follow-ups as owed).
    await expect.poll(async () => (await db.select({ round: edgePurges.round }).from(edgePurges)).map((r) => r.round)).toEqual([2]);
    expect(revalidations).toHaveLength(1);
    // Peers: one announcement of the same tags (on PostgreSQL; embedded PGlite has no peers to tell).
    if (process.env.DATABASE_URL) await heardOnce;
    stop();
    expect(announced).toEqual(process.env.DATABASE_URL ? [revalidations[0]!.tags] : []);
  });
});
