// Own-profile edits against a real database: slug rules and clashes, photo upload, password change.
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { loginThrottle, media, redirects, users } from '@/db/schema';
import { authenticateStaff } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/passwords';
import type { Actor } from '@/lib/permissions/can';
import { changeOwnPassword, getOwnProfile, removeOwnPhoto, setOwnPhoto, updateOwnProfile } from './profile';
import { getAuthorSlugMovedFrom } from './public';
import { getMovedAuthorSlug } from '@/lib/site/author-page';
import { makeArticle } from '@/lib/articles/public-test-data';
import { makeTempDataDir, removeTempDataDir } from '@/lib/core/temp-data-dir';

let me: Actor;

beforeAll(async () => {
  makeTempDataDir('byline-profile-');
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email: 'me@example.com', name: 'Me', slug: 'me-myself', role: 'contributor', passwordHash: await hashPassword('my old password') })
    .returning();
  await db.insert(users).values({ email: 'other@example.com', name: 'Other', slug: 'taken-slug' });
  me = { id: row!.id, role: 'contributor' };
});

afterAll(() => removeTempDataDir());

describe('updateOwnProfile', () => {
  it('saves name, slug and bio', async () => {
    const result = await updateOwnProfile(me, { name: '  Jo Writer ', slug: 'jo-writer', bio: 'Writes about boats.' });
    expect(result).toMatchObject({ ok: true, profile: { name: 'Jo Writer', slug: 'jo-writer', bio: 'Writes about boats.', authorPagePath: '/author/jo-writer' } });
  });

  it('leaves the old slug following the author (public pages only), gives it back on a change back, and keeps it from others', async () => {
    const db = await getDb();
    const [other] = await db.select({ id: users.id }).from(users).where(eq(users.slug, 'taken-slug'));
    const otherActor: Actor = { id: other!.id, role: 'contributor' };
    const slugOf = async () => (await getOwnProfile(me))!.slug;
    const start = await slugOf();
    expect((await updateOwnProfile(me, { name: 'Jo', slug: 'jo-on-boats', bio: '' })).ok).toBe(true);
    expect(await getAuthorSlugMovedFrom(start)).toBe('jo-on-boats');
    // Without a published article there is no author page, and the new slug stays private.
    expect(await getMovedAuthorSlug(start)).toBeNull();
    await makeArticle({ slug: 'jo-writes', authorIds: [me.id] });
    expect(await getMovedAuthorSlug(start)).toBe('jo-on-boats');
    expect(await updateOwnProfile(otherActor, { name: 'Other', slug: start, bio: '' })).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { slug: expect.stringMatching(/old address/) } });
    expect((await updateOwnProfile(me, { name: 'Jo', slug: start, bio: '' })).ok).toBe(true);
    // (The first test's rename left /author/me-myself.)
    expect((await db.select().from(redirects).where(eq(redirects.userId, me.id))).map((r) => r.fromPath).sort()).toEqual(['/author/jo-on-boats', '/author/me-myself']);
    expect(await getAuthorSlugMovedFrom(start)).toBeNull();
    expect(await getMovedAuthorSlug('jo-on-boats')).toBe(start);
  });

  it('refuses a slug someone else has, and malformed slugs, next to the field', async () => {
    expect(await updateOwnProfile(me, { name: 'Jo', slug: 'taken-slug', bio: '' })).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { slug: expect.any(String) } });
    for (const slug of ['Jo Writer', 'jo--writer', '-jo', 'jo-', 'j', 'jö']) {
      expect(await updateOwnProfile(me, { name: 'Jo', slug, bio: '' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: expect.any(String) } });
    }
    expect((await getOwnProfile(me))?.slug).toBe('jo-writer');
  });
});

describe('photo', () => {
  it('a contributor may set and remove their own photo; non-images are refused', async () => {
    const png = await sharp({ create: { width: 500, height: 500, channels: 3, background: '#884422' } }).png().toBuffer();
    const set = await setOwnPhoto(me, { bytes: png, originalName: 'face.png' });
    expect(set).toMatchObject({ ok: true, profile: { photo: { src: expect.stringMatching(/^\/media\//) } } });
    const db = await getDb();
    const [row] = await db.select().from(media);
    expect(row?.uploadedById).toBe(me.id);
    expect(await setOwnPhoto(me, { bytes: Buffer.from('not an image'), originalName: 'x.png' })).toMatchObject({ ok: false, fieldErrors: { photo: expect.any(String) } });
    expect(await removeOwnPhoto(me)).toMatchObject({ ok: true, profile: { photo: null } });
  });
});

describe('changeOwnPassword', () => {
  it('needs the current password, counts wrong guesses, then switches passwords and ends sessions', async () => {
    const db = await getDb();
    const wrong = await changeOwnPassword(me, { current: 'not my password', password: 'a brand new password', confirm: 'a brand new password' });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { current: expect.any(String) } });
    expect((await db.select().from(loginThrottle).where(eq(loginThrottle.key, 'email:me@example.com')))[0]?.failures).toBe(1);
    expect(await changeOwnPassword(me, { current: 'my old password', password: 'short', confirm: 'short' })).toMatchObject({ fieldErrors: { password: expect.any(String) } });
    expect(await changeOwnPassword(me, { current: 'my old password', password: 'a brand new password', confirm: 'typo typo typo' })).toMatchObject({ fieldErrors: { confirm: expect.any(String) } });

    const [before] = await db.select().from(users).where(eq(users.id, me.id));
    expect(await changeOwnPassword(me, { current: 'my old password', password: 'a brand new password', confirm: 'a brand new password' })).toEqual({ ok: true, email: 'me@example.com' });
    const [after] = await db.select().from(users).where(eq(users.id, me.id));
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect((await authenticateStaff({ email: 'me@example.com', password: 'my old password', ip: null })).ok).toBe(false);
    expect((await authenticateStaff({ email: 'me@example.com', password: 'a brand new password', ip: null })).ok).toBe(true);
  });
});
