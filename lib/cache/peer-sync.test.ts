import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { INSTANCE_CHANNEL } from '@/lib/core/instance-signal';
import { onPeerTags, peerSyncReady, toPayloads } from './peer-sync';

describe('peer cache sync', () => {
  it('splits announcements so each NOTIFY payload fits', () => {
    const tags = Array.from({ length: 400 }, (_, i) => `article-slug:a-rather-long-slug-for-story-number-${i}`);
    const payloads = toPayloads(tags, 'me');
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(p.length).toBeLessThanOrEqual(7000);
    expect(payloads.flatMap((p) => (JSON.parse(p) as { tags: string[] }).tags)).toEqual(tags);
    for (const p of payloads) expect(JSON.parse(p)).toMatchObject({ kind: 'tags', from: 'me' });
  });

  // LISTEN/NOTIFY between instances exists only on a shared PostgreSQL server.
  it.skipIf(!process.env.DATABASE_URL)("hears other instances' tags and ignores its own", async () => {
    const db = await getDb();
    const heard: string[][] = [];
    let arrived: () => void = () => {};
    const foreignArrived = new Promise<void>((resolve) => (arrived = resolve));
    const stop = onPeerTags((tags) => {
      heard.push(tags);
      if (tags.includes('tag:from-elsewhere')) arrived();
    });
    try {
      await peerSyncReady();
      const [own] = toPayloads(['tag:from-here']);
      const [foreign] = toPayloads(['tag:from-elsewhere', 'articles'], 'another-instance');
      await db.execute(sql`select pg_notify(${INSTANCE_CHANNEL}, ${own!})`);
      await db.execute(sql`select pg_notify(${INSTANCE_CHANNEL}, ${foreign!})`);
      await foreignArrived;
      expect(heard).toEqual([['tag:from-elsewhere', 'articles']]);
    } finally {
      stop();
    }
  });
});
