// Zip bombs and endless lines: each is refused with a line naming the file, without the restore's memory
// growing with what the archive inflates to, and in time linear in what it reads.
import { afterAll, describe, expect, it, vi } from 'vitest';

const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-bombs-'));

import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';
import { localDiskStorage } from '@/lib/media/storage';
import { restoreArchive } from './restore';

const storage = localDiskStorage(path.join(dataDir, 'uploads'));
const file = (name: string) => path.join(dataDir, name);
const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;
// A bomb inflates to 256 MiB: past every limit it meets by far, and, with the growth ceiling below,
// enough to catch a restore that holds what it inflates; a bigger one only costs seconds to compress.
const BOMB = 256 * MiB;
const manifest = (counts: Record<string, number>, extra: object = {}) =>
  JSON.stringify({ format: 'byline-export', version: 1, bylineVersion: '0.1.0', createdAt: '2026-11-30T12:00:00.000Z', siteUrl: 'https://news.example.org', credentials: false, counts, mediaFiles: 0, ...extra });
const mediaLine = (bytes: number) =>
  JSON.stringify({ id: '0d8b3a2e-6f0b-4c1a-9d53-8f0e6c2b7a11', storage_key: 'a1/original.jpg', original_name: 'quay.jpg', mime_type: 'image/jpeg', width: 10, height: 10, bytes, variants: [], alt: '', caption: '', credit: '', uploaded_by_id: null, created_at: '2026-01-02T03:04:05.000000Z' }) + '\n';

/** `total` bytes of `fill`, generated a chunk at a time so neither the test nor yazl holds them. */
function repeated(total: number, fill: string | number) {
  const chunk = Buffer.alloc(MiB, fill);
  let left = total;
  return new Readable({
    read() {
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n ? chunk.subarray(0, n) : null);
    },
  });
}

/** A zip of small entries and one huge streamed one. */
async function writeBomb(name: string, small: Record<string, string>, huge: { name: string; bytes: number; fill?: string | number }) {
  const zip = new yazl.ZipFile();
  for (const [entry, data] of Object.entries(small)) zip.addBuffer(Buffer.from(data), entry);
  zip.addReadStream(repeated(huge.bytes, huge.fill ?? 0), huge.name);
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file(name)));
  return fs.statSync(file(name)).size;
}

/** The restore's error and the most its process's resident memory grew while it ran (sampled). */
async function restoreMeasured(name: string) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await restoreArchive({ file: file(name), storage });
    peak = Math.max(peak, process.memoryUsage().rss);
    return { error: result.ok ? 'ok' : result.error, growthMiB: Math.round((peak - before) / MiB), seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(sample);
  }
}

afterAll(() => removeTempDataDir(dataDir));

// Growth well under what is inflated: without limits, each of these took the restore past 1 GiB of
// a 1 GiB bomb; with them it grows by 15 MiB at most.
const FLAT_MIB = 100;

describe('restoring a zip bomb', () => {
  it('refuses a manifest.json that inflates to 256 MiB', async () => {
    const size = await writeBomb('manifest-bomb.zip', {}, { name: 'manifest.json', bytes: BOMB, fill: ' ' });
    expect(size).toBeLessThan(MiB);
    const run = await restoreMeasured('manifest-bomb.zip');
    console.info(`manifest bomb (${size} bytes → 256 MiB): rss growth ${run.growthMiB} MiB, ${run.seconds.toFixed(2)} s`);
    expect(run.error).toBe('manifest.json is larger than 1 MiB: it is not a Byline manifest.');
    expect(run.growthMiB).toBeLessThan(FLAT_MIB);
  }, 120_000);

  it('refuses a .jsonl that inflates to 256 MiB of one line', async () => {
    await writeBomb('jsonl-bomb.zip', { 'manifest.json': manifest({ tags: 1 }) }, { name: 'tags.jsonl', bytes: BOMB, fill: 0 });
    const run = await restoreMeasured('jsonl-bomb.zip');
    console.info(`jsonl bomb (256 MiB): rss growth ${run.growthMiB} MiB, ${run.seconds.toFixed(2)} s`);
    expect(run.error).toBe('tags.jsonl line 1 is longer than 16 MiB, more than any row Byline writes: the archive is damaged.');
    expect(run.growthMiB).toBeLessThan(FLAT_MIB);
  }, 120_000);

  it('refuses a .jsonl of 64 MiB of blank lines at the first line past its rows', async () => {
    await writeBomb('blank-bomb.zip', { 'manifest.json': manifest({ tags: 1 }) }, { name: 'tags.jsonl', bytes: 64 * MiB, fill: '\n' });
    const run = await restoreMeasured('blank-bomb.zip');
    expect(run.error).toBe('tags.jsonl has more lines than the 1 rows the manifest says: the archive is damaged.');
    expect(run.growthMiB).toBeLessThan(FLAT_MIB);
  }, 120_000);

  it('stops a media file at the size its row records', async () => {
    const files = { 'manifest.json': manifest({ media: 1 }, { mediaFiles: 1 }), 'media.jsonl': mediaLine(1000) };
    await writeBomb('media-bomb.zip', files, { name: 'media/a1/original.jpg', bytes: BOMB, fill: 0xff });
    const run = await restoreMeasured('media-bomb.zip');
    console.info(`media bomb (256 MiB): rss growth ${run.growthMiB} MiB, ${run.seconds.toFixed(2)} s`);
    expect(run.error).toBe('media.jsonl line 1: media/a1/original.jpg has more bytes than the row says (1000).');
    expect(run.growthMiB).toBeLessThan(FLAT_MIB);
    expect(fs.existsSync(path.join(dataDir, 'uploads', 'a1'))).toBe(false);
  }, 120_000);

  it('refuses a media row that records more than a media file may have', async () => {
    const files = { 'manifest.json': manifest({ media: 1 }, { mediaFiles: 1 }), 'media.jsonl': mediaLine(GiB) };
    await writeBomb('media-row.zip', files, { name: 'media/a1/original.jpg', bytes: MiB, fill: 0xff });
    const run = await restoreMeasured('media-row.zip');
    expect(run.error).toBe(`media.jsonl line 1: media/a1/original.jpg is recorded as ${GiB} bytes, more than a media file may have (64 MiB).`);
    expect(run.growthMiB).toBeLessThan(FLAT_MIB);
  }, 120_000);
});

describe('restoring a line without end', () => {
  it('refuses a 64 MiB line without a newline quickly, naming the file and line', async () => {
    const tag = JSON.stringify({ id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', name: 'Harbour', slug: 'harbour', description: '', created_at: '2026-01-02T03:04:05.123456Z', updated_at: '2026-01-02T03:04:05.123456Z' });
    // The first row is complete; the long line is the second.
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(manifest({ tags: 2 })), 'manifest.json');
    zip.addReadStream(Readable.from((async function* () { yield Buffer.from(tag + '\n'); yield* repeated(64 * MiB, 'x'); })()), 'tags.jsonl');
    zip.end();
    await pipeline(zip.outputStream, fs.createWriteStream(file('long-line.zip')));
    const run = await restoreMeasured('long-line.zip');
    console.info(`64 MiB line: ${run.seconds.toFixed(2)} s, rss growth ${run.growthMiB} MiB`);
    expect(run.error).toBe('tags.jsonl line 2 is longer than 16 MiB, more than any row Byline writes: the archive is damaged.');
    // Linear: a few hundred milliseconds. Quadratic searching took minutes for half of this.
    expect(run.seconds).toBeLessThan(20);
  }, 120_000);
});
