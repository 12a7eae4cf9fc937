// `npm run bench:collab [-- --samples 100 --editors 20 --seconds 60 --articles 200]`: live editing under
// load. Builds if needed, makes a fresh PostgreSQL database (DATABASE_URL names the server), starts two
// production instances joined by Redis (REDIS_URL, default 127.0.0.1:6379), signs staff in by writing
// their sessions (as the sign-in would), and measures with Hocuspocus clients over real WebSockets:
// keystroke-to-other-screen latency on one instance and across the two, 20 editors typing in one
// article for a minute (server CPU and memory, and that every copy ends identical and stored), and the
// server memory of 200 open articles.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { closeDb, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { articles } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { percentile } from '../bench/live';
import { round } from '../bench/load';
import { buildIfNeeded, createScratchDatabase, loadAverage } from '../bench/scratch';
import { startServer, treeRssBytes } from '../bench/server';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '100' },
    editors: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    articles: { type: 'string', default: '200' },
    port: { type: 'string', default: '6520' },
  },
});
const samples = Number(values.samples);
const editorCount = Number(values.editors);
const seconds = Number(values.seconds);
const articleCount = Number(values.articles);
const port = Number(values.port);
const log = (msg: string) => console.log(`[bench:collab] ${msg}`);
const load = loadAverage;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// This process signs staff in and creates articles as another instance would: it needs the servers' secret.
const authSecret = crypto.randomBytes(32).toString('base64url');
process.env.AUTH_SECRET = authSecret;
const { parseConfig } = await import('@/lib/config/env');
const settings = parseConfig(process.env);
const baseUrl = settings.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = settings.redisUrl ?? 'redis://127.0.0.1:6379';
await buildIfNeeded(settings.nextDistDir, log);

const scratch = await createScratchDatabase(baseUrl, 'collab_bench');
const dbUrl = scratch.url;
const dataDir = fs.mkdtempSync(`${os.tmpdir()}/byline-collab-bench-`);
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = dbUrl;
const handle = await openDb({ kind: 'postgres', url: dbUrl });
await runMigrations(handle);
setDbHandle(handle);

const { createDraft } = await import('@/lib/articles/editorial');
const { fieldsFor, paragraphs } = await import('@/lib/articles/testing');
const { makeUser, signedIn } = await import('@/lib/sessions/testing');
const { connectClient, sessionCookie } = await import('@/lib/collab/testing');
const { bodyFromDoc } = await import('@/lib/collab/doc-model');
const { docToPlainText } = await import('@/lib/content/text');
type Client = ReturnType<typeof connectClient>;

const redisPrefix = `${settings.redisPrefix}:bench-${Date.now()}`;
const env = (instancePort: number) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: dbUrl,
  SITE_URL: `http://127.0.0.1:${instancePort}`,
  SEED_DEMO: 'false',
  AUTH_SECRET: authSecret,
  LOG_LEVEL: 'warn',
  REDIS_URL: redisUrl,
  REDIS_PREFIX: redisPrefix,
});
const first = await startServer(port, env(port));
const second = await startServer(port + 1, env(port + 1));
const wsUrl = (server: { url: string }) => `${server.url.replace('http', 'ws')}/api/collab`;

/** CPU seconds (user + system) a server and its child processes have used so far (Linux /proc, 100 ticks a second). */
function serverCpu(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pids[i])], { encoding: 'utf8' });
      for (const line of out.split('\n')) if (line.trim()) pids.push(Number(line.trim()));
    } catch {
      // no children
    }
  }
  let ticks = 0;
  for (const p of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}

/** The median of five readings a second apart: one reading catches the garbage collector mid-way. */
async function steadyRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(1000);
    readings.push(treeRssBytes(pid));
  }
  return readings.sort((a, b) => a - b)[2]!;
}

function text(doc: Y.Doc): string {
  return JSON.stringify(bodyFromDoc(doc));
}

function insertAt(doc: Y.Doc, value: string, at: 'end' | 'random') {
  const paragraph = doc.getXmlFragment('body').get(0) as Y.XmlElement;
  const node = paragraph.get(0) as Y.XmlText;
  node.insert(at === 'end' ? node.length : Math.floor(Math.random() * (node.length + 1)), value);
}

async function editors(count: number) {
  const people = [];
  for (let i = 0; i < count; i++) {
    const user = await makeUser('editor');
    const actor = await signedIn(user);
    people.push({ actor, cookie: await sessionCookie(actor) });
  }
  return people;
}

async function draft(owner: Actor, body = 'Start.') {
  const created = await createDraft(owner, fieldsFor([owner.id], { headline: `Bench ${crypto.randomBytes(4).toString('hex')}`, body: paragraphs(body) }));
  if (!created.ok) throw new Error(created.error);
  return created.article.id;
}

async function connectAll(clients: Client[]) {
  const ok = await Promise.all(clients.map((c) => c.ready));
  if (ok.some((v) => !v)) throw new Error('a bench client was refused');
}

/** Keystroke on `from`, seen in `to`'s document: one sample per marker, timed by an update listener. */
async function latency(from: Client, to: Client, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const mark = `·${i.toString(36)}`;
    const seen = new Promise<number>((resolve) => {
      const check = () => {
        if (text(to.doc).includes(mark)) {
          to.doc.off('update', check);
          resolve(performance.now());
        }
      };
      to.doc.on('update', check);
    });
    const started = performance.now();
    insertAt(from.doc, mark, 'end');
    const timeout = sleep(10_000).then(() => Number.NaN);
    const at = await Promise.race([seen, timeout]);
    if (Number.isNaN(at)) throw new Error(`keystroke ${i} never reached the other editor`);
    times.push(at - started);
    await sleep(20);
  }
  return times.sort((a, b) => a - b);
}

const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, loadBefore: load() };
const all: Client[] = [];
try {
  const people = await editors(Math.max(editorCount, 2));
  const [alice, bob] = people as [(typeof people)[number], (typeof people)[number]];

  // 1. One instance: two editors on the same server.
  const local = await draft(alice.actor);
  const a1 = connectClient(wsUrl(first), local, alice.cookie);
  const b1 = connectClient(wsUrl(first), local, bob.cookie);
  all.push(a1, b1);
  await connectAll([a1, b1]);
  const one = await latency(a1, b1, samples);
  results.oneInstance = { samples: one.length, p50Ms: round(percentile(one, 50)), p95Ms: round(percentile(one, 95)), maxMs: round(one.at(-1)!) };
  log(`keystroke to other screen, one instance: p50 ${round(percentile(one, 50))} ms, p95 ${round(percentile(one, 95))} ms`);

  // 2. Across instances: the other editor on the second server, joined through Redis.
  const across = await draft(alice.actor);
  const a2 = connectClient(wsUrl(first), across, alice.cookie);
  const b2 = connectClient(wsUrl(second), across, bob.cookie);
  all.push(a2, b2);
  await connectAll([a2, b2]);
  const two = await latency(a2, b2, samples);
  results.acrossInstances = { samples: two.length, p50Ms: round(percentile(two, 50)), p95Ms: round(percentile(two, 95)), maxMs: round(two.at(-1)!) };
  log(`keystroke to other screen, across two instances: p50 ${round(percentile(two, 50))} ms, p95 ${round(percentile(two, 95))} ms`);

  // 3. Twenty editors typing in one article for a minute, about five keystrokes a second each.
  const busy = await draft(alice.actor);
  const typists = people.slice(0, editorCount).map((p) => connectClient(wsUrl(first), busy, p.cookie));
  all.push(...typists);
  await connectAll(typists);
  const pid = first.child.pid!;
  const cpuBefore = serverCpu(pid);
  const rssBefore = treeRssBytes(pid);
  const started = Date.now();
  let keystrokes = 0;
  let peakRss = rssBefore;
  await Promise.all(
    typists.map(async (client, i) => {
      while (Date.now() - started < seconds * 1000) {
        insertAt(client.doc, String.fromCharCode(97 + ((i + keystrokes) % 26)), 'random');
        keystrokes++;
        await sleep(150 + Math.random() * 100);
        if (i === 0 && keystrokes % 50 === 0) peakRss = Math.max(peakRss, treeRssBytes(pid));
      }
    }),
  );
  const wall = (Date.now() - started) / 1000;
  const cpu = serverCpu(pid) - cpuBefore;
  let converged = false;
  const settleStart = Date.now();
  while (Date.now() - settleStart < 20_000) {
    const texts = new Set(typists.map((c) => text(c.doc)));
    if (texts.size === 1) {
      converged = true;
      break;
    }
    await sleep(100);
  }
  const settleMs = Date.now() - settleStart;
  const expectedLength = text(typists[0]!.doc).length;
  // The server stores within a few seconds of the last keystroke; the article row must match the copies.
  let stored = false;
  for (let i = 0; i < 40 && !stored; i++) {
    await sleep(500);
    const [row] = await handle.db.select({ body: articles.body }).from(articles).where(eq(articles.id, busy));
    stored = docToPlainText(row!.body) === docToPlainText(bodyFromDoc(typists[0]!.doc));
  }
  results.twentyEditors = {
    editors: typists.length,
    seconds: round(wall),
    keystrokes,
    serverCpuPercent: round((cpu / wall) * 100),
    serverRssBeforeMb: round(rssBefore / 2 ** 20),
    serverRssPeakMb: round(Math.max(peakRss, treeRssBytes(pid)) / 2 ** 20),
    identicalCopies: converged,
    settleMs,
    storedMatches: stored,
    bodyJsonChars: expectedLength,
  };
  log(
    `${typists.length} editors, ${round(wall)} s, ${keystrokes} keystrokes: server CPU ${round((cpu / wall) * 100)} % of one core, RSS ${round(rssBefore / 2 ** 20)} -> peak ${round(Math.max(peakRss, treeRssBytes(pid)) / 2 ** 20)} MB; identical copies: ${converged} (after ${settleMs} ms); stored article matches: ${stored}`,
  );
  for (const c of typists) c.destroy();

  // 4. Many open articles (about 600 words each): one editor in each of N articles on the first server.
  await sleep(3000);
  const rssIdle = await steadyRss(pid);
  const ids: string[] = [];
  const story = Array.from({ length: 20 }, (_, p) => `Paragraph ${p} of a story of about six hundred words, with names, places and numbers in it.`).join(' ');
  for (let i = 0; i < articleCount; i++) ids.push(await draft(alice.actor, `Article ${i}. ${story}`));
  const openers: Client[] = [];
  for (let i = 0; i < ids.length; i += 20) {
    const batch = ids.slice(i, i + 20).map((id) => connectClient(wsUrl(first), id, alice.cookie));
    openers.push(...batch);
    await connectAll(batch);
  }
  all.push(...openers);
  const rssOpen = await steadyRss(pid);
  results.openArticles = { articles: ids.length, serverRssIdleMb: round(rssIdle / 2 ** 20), serverRssOpenMb: round(rssOpen / 2 ** 20), perArticleKb: round((rssOpen - rssIdle) / ids.length / 1024) };
  log(`${ids.length} open articles: server RSS ${round(rssIdle / 2 ** 20)} -> ${round(rssOpen / 2 ** 20)} MB (${round((rssOpen - rssIdle) / ids.length / 1024)} kB per open article)`);
  results.loadAfter = load();
} finally {
  for (const c of all) c.destroy();
  await first.stop();
  await second.stop();
  setDbHandle(undefined);
  await closeDb();
  await handle.close();
  await scratch.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
log(`machine: ${results.cpus} cores, load average (1/5/15 min) before ${results.loadBefore}, after ${results.loadAfter}`);
fs.mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-collab.json`;
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${file}`);
process.exit(0);
