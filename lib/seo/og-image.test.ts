// Open Graph images are made from local data only: 1200x630, and no network use even for text the
// bundled font cannot draw (emoji, other scripts), which would otherwise make the renderer download fonts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardText, titleCardResponse } from './og-image';

const realFetch = globalThis.fetch;
let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    // The renderer loads its own WebAssembly from inline data: URLs; anything else would be the network.
    if (url.startsWith('data:')) return realFetch(input);
    fetched.push(url);
    throw new Error('no network in Open Graph images');
  }) as typeof fetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('cardText', () => {
  it('keeps Latin text and typographic punctuation, drops what the font cannot draw', () => {
    expect(cardText('Café “reopens” — 2026…')).toBe('Café “reopens” — 2026…');
    expect(cardText('Łódź 🚆 rail 東京')).toBe('ódz rail');
    expect(cardText('   ')).toBe('');
  });
});

describe('titleCardResponse', () => {
  it('draws a 1200x630 PNG without touching the network', async () => {
    const response = titleCardResponse({ title: 'Night train 🚆 returns to 東京 after six years', kicker: 'Transport', siteName: 'The Courier' });
    expect(response.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(fetched).toEqual([]);
  });
});
