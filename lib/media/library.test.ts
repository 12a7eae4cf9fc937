// Integration tests: uploads are authorized and decoded (not trusted by name); alt/caption/credit edits
// follow media:edit.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from '@/lib/articles/testing';
import type { Actor } from '@/lib/permissions/can';
import { makeTempDataDir } from '@/lib/core/temp-data-dir';

// Uploaded files go to a throwaway directory, never the developer's data.
makeTempDataDir('byline-media-test-');
const { listMedia, updateMediaText, uploadMedia } = await import('./library');

let author: Actor;
let otherAuthor: Actor;
let contributor: Actor;
let editor: Actor;
let png: Buffer;

beforeAll(async () => {
  author = await makeStaff('author');
  otherAuthor = await makeStaff('author');
  contributor = await makeStaff('contributor');
  editor = await makeStaff('editor');
  png = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
});

describe('media library', () => {
  it('uploads an image for authors, with variants, and lists it', async () => {
    const result = await uploadMedia(author, { bytes: png, originalName: 'harbour.png', alt: 'The harbour' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.media.src).toMatch(/^\/media\/.+\/original\.png$/);
    expect(result.media.thumbSrc).toMatch(/w320\.webp$/);
    const list = await listMedia(contributor, {});
    expect(list.items.map((m) => m.id)).toContain(result.media.id);
  });

  it('refuses contributors and files that are not images', async () => {
    const refused = await uploadMedia(contributor, { bytes: png, originalName: 'x.png' });
    expect(!refused.ok && refused.code).toBe('forbidden');
    const fake = await uploadMedia(author, { bytes: Buffer.from('<svg onload="alert(1)"></svg>'), originalName: 'photo.png' });
    expect(!fake.ok && fake.error).toMatch(/not an image/);
  });

  it('lets the uploader and editors edit alt text, caption and credit', async () => {
    const uploaded = await uploadMedia(author, { bytes: png, originalName: 'market.png' });
    if (!uploaded.ok) throw new Error(uploaded.error);
    const id = uploaded.media.id;
    expect((await updateMediaText(otherAuthor, id, { alt: 'x', caption: '', credit: '' })).ok).toBe(false);
    const own = await updateMediaText(author, id, { alt: 'Stalls in the square', caption: 'Market day', credit: 'P. Castell' });
    expect(own.ok && own.media.caption).toBe('Market day');
    expect((await updateMediaText(editor, id, { alt: 'Stalls', caption: 'Market day', credit: 'Staff' })).ok).toBe(true);
    const tooLong = await updateMediaText(editor, id, { alt: 'x'.repeat(301), caption: '', credit: '' });
    expect(!tooLong.ok && tooLong.fieldErrors?.alt).toBeTruthy();
  });
});
