// Two live-editing instances joined by Redis (as two app instances would be), one editor on each:
// keystrokes reach the other instance's editor fast, both documents end identical, and the article is
// stored once. Runs when Redis answers at REDIS_URL (default 127.0.0.1:6379); the database is shared
// the way two processes share PostgreSQL (here one test process, so PGlite serves both).
import crypto from 'node:crypto';
import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { createDraft } from '@/lib/articles/editorial';
import { fieldsFor, paragraphs } from '@/lib/articles/testing';
import { makeUser, signedIn } from '@/lib/sessions/testing';
import { bodyFromDoc } from './doc-model';
import { createCollabServer } from './server';
import { connectClient, eventually, sessionCookie, startTestServer, type TestClient } from './testing';
import type * as Y from 'yjs';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const available = await redisAnswers();
const prefix = `${process.env.REDIS_PREFIX ?? 'byline-test'}:${crypto.randomBytes(4).toString('hex')}`;
const instances: Awaited<ReturnType<typeof startTestServer>>[] = [];
const clients: TestClient[] = [];

const servers: ReturnType<typeof createCollabServer>[] = [];

beforeAll(async () => {
  if (!available) return;
  for (let i = 0; i < 2; i++) {
    const server = createCollabServer({ redisUrl, redisPrefix: prefix });
    servers.push(server);
    instances.push(await startTestServer(server));
  }
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  // The editors leaving makes each instance store and unload the document (through Redis); stopping
  // before that has finished would cut those Redis commands off.
  for (let waited = 0; servers.some((s) => s.hocuspocus.documents.size > 0) && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  for (const instance of instances) await instance.close();
}, 30_000);

function text(doc: Y.Doc): string {
  return JSON.stringify(bodyFromDoc(doc));
}

function appendAtEnd(doc: Y.Doc, value: string) {
  const paragraph = doc.getXmlFragment('body').get(0) as Y.XmlElement;
  const node = paragraph.get(0) as Y.XmlText;
  node.insert(node.length, value);
}

describe.skipIf(!available)('two instances joined by Redis', () => {
  it('carries every keystroke to the other instance within the latency budget, and ends identical', async () => {
    const user = await makeUser('editor');
    const actor = await signedIn(user);
    const created = await createDraft(actor, fieldsFor([actor.id], { headline: 'Across instances', body: paragraphs('Start.') }));
    if (!created.ok) throw new Error(created.error);
    const cookie = await sessionCookie(actor);
    const a = connectClient(instances[0]!.url, created.article.id, cookie);
    const b = connectClient(instances[1]!.url, created.article.id, cookie);
    clients.push(a, b);
    expect(await a.ready).toBe(true);
    expect(await b.ready).toBe(true);

    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const mark = ` k${i}`;
      const started = performance.now();
      appendAtEnd(a.doc, mark);
      await eventually(() => text(b.doc).includes(mark), 5000);
      latencies.push(performance.now() - started);
    }
    // And the other way, at the same time as typing here.
    appendAtEnd(b.doc, ' from B');
    appendAtEnd(a.doc, ' from A');
    await eventually(() => text(a.doc) === text(b.doc) && text(a.doc).includes('from B') && text(b.doc).includes('from A'));

    latencies.sort((x, y) => x - y);
    const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
    expect(p95).toBeLessThan(250);

    // Stored (by the instance the typing arrived at) with every keystroke.
    await eventually(async () => {
      const db = await getDb();
      const [row] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, created.article.id));
      const stored = JSON.stringify(row!.body);
      return stored.includes('k39') && stored.includes('from A') && stored.includes('from B');
    }, 15_000);
  });
});
