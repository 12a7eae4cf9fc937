// The media route against real files in a scratch storage directory: content type, immutable caching,
// and a 404 for anything unknown or unsafe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-media-route-'));
let GET: typeof import('./route').GET;

beforeAll(async () => {
  process.env.DATA_DIR = dir;
  const { getStorage } = await import('@/lib/media/storage');
  await getStorage().put('2026-11/abc/w320.webp', Buffer.from('RIFF....WEBP'), 'image/webp');
  await getStorage().put('2026-11/abc/original.jpg', Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg');
  ({ GET } = await import('./route'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const get = (key: string[]) => GET(new Request(`http://localhost/media/${key.join('/')}`), { params: Promise.resolve({ key }) });

describe('GET /media/<key>', () => {
  it('serves stored files with their type and a year of immutable caching', async () => {
    const webp = await get(['2026-11', 'abc', 'w320.webp']);
    expect(webp.status).toBe(200);
    expect(webp.headers.get('content-type')).toBe('image/webp');
    expect(webp.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await webp.arrayBuffer()).toString()).toBe('RIFF....WEBP');
    const jpeg = await get(['2026-11', 'abc', 'original.jpg']);
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    expect(jpeg.headers.get('content-length')).toBe('3');
  });

  it('answers 404 for unknown, unsafe or non-image keys', async () => {
    for (const key of [['2026-11', 'abc', 'missing.jpg'], ['..', '..', 'etc', 'passwd.jpg'], ['2026-11', 'abc', 'original.svg'], ['2026-11', 'abc', 'original'], ['', 'x.jpg']]) {
      const response = await get(key);
      expect(response.status, key.join('/')).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
