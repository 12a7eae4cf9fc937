// Everyone's own profile: name, bio, photo and public slug (which feed the author page), and their password.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { media, users, type Role } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword, passwordSchema, verifyPassword } from '@/lib/auth/passwords';
import { checkThrottle, recordLoginFailure } from '@/lib/auth/throttle';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { ImageRejected, MAX_UPLOAD_BYTES } from '@/lib/media/process-image';
import { storeImage } from '@/lib/media/store-image';
import { can, type Actor } from '@/lib/permissions/can';
import { reclaimAddress, recordRedirect } from '@/lib/redirects/record';
import { authorPath, mediaPath } from '@/lib/core/routes';
import { endSessionsOfUser } from '@/lib/sessions/lifecycle';
import { authorSlugSchema, bioSchema, OLD_AUTHOR_ADDRESS_MESSAGE, staffNameSchema } from './fields';
import { authorSlugHolder } from './slugs';
import { forbidden, invalid, notFound, violatedUniqueConstraint, type WriteResult } from '@/lib/core/result';

export type OwnProfile = {
  id: string;
  name: string;
  email: string;
  role: Role;
  slug: string;
  bio: string;
  authorPagePath: string;
  photo: { id: string; src: string; width: number; height: number } | null;
};

export async function getOwnProfile(actor: Actor | null): Promise<OwnProfile | null> {
  if (!actor || !can(actor, { kind: 'profile:edit', userId: actor.id })) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      slug: users.slug,
      bio: users.bio,
      photoId: media.id,
      photoKey: media.storageKey,
      photoVariants: media.variants,
      photoWidth: media.width,
      photoHeight: media.height,
    })
    .from(users)
    .leftJoin(media, eq(media.id, users.avatarId))
    .where(eq(users.id, actor.id));
  if (!row) return null;
  const smallest = row.photoVariants?.[0];
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    slug: row.slug,
    bio: row.bio,
    authorPagePath: authorPath(row.slug),
    photo: row.photoId
      ? { id: row.photoId, src: mediaPath(smallest?.key ?? row.photoKey!), width: smallest?.width ?? row.photoWidth!, height: smallest?.height ?? row.photoHeight! }
      : null,
  };
}

export const profileSchema = z.object({ name: staffNameSchema, slug: authorSlugSchema, bio: bioSchema });
export type ProfileInput = z.input<typeof profileSchema>;

function expireAuthor(userId: string, ...slugs: string[]) {
  // The name is in every byline: article pages at the edge too (lists go with the author tag).
  expireTags([cacheTags.author(userId), ...slugs.map(cacheTags.authorSlug), cacheTags.articlePages]);
}

/** Saves name, slug and bio; the old slug keeps leading to the author page, and both slug lookups are expired. */
export async function updateOwnProfile(actor: Actor | null, input: unknown): Promise<WriteResult<{ profile: OwnProfile }>> {
  if (!actor || !can(actor, { kind: 'profile:edit', userId: actor.id })) return forbidden('Sign in to edit your profile.');
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const db = await getDb();
  const holder = await authorSlugHolder(db, parsed.data.slug, actor.id);
  const taken = { ok: false as const, code: 'conflict' as const, error: 'Check the highlighted fields.', fieldErrors: { slug: 'Someone else uses that slug; choose another.' } };
  if (holder === 'user') return taken;
  // Someone's old slug keeps leading to them, as a tag's or an article's does.
  if (holder === 'redirect') return { ...taken, fieldErrors: { slug: OLD_AUTHOR_ADDRESS_MESSAGE } };
  let oldSlug: string | undefined;
  try {
    oldSlug = await db.transaction(async (tx) => {
      const [before] = await tx.select({ slug: users.slug }).from(users).where(eq(users.id, actor.id)).for('update');
      if (!before) return undefined;
      await tx.update(users).set({ ...parsed.data, updatedAt: sql`now()` }).where(eq(users.id, actor.id));
      if (before.slug !== parsed.data.slug) {
        const self = { kind: 'author', id: actor.id } as const;
        await reclaimAddress(tx, { path: authorPath(parsed.data.slug), target: self });
        await recordRedirect(tx, { fromPath: authorPath(before.slug), target: self });
      }
      return before.slug;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error)) return taken;
    throw error;
  }
  if (oldSlug === undefined) return notFound('Your account no longer exists.');
  expireAuthor(actor.id, oldSlug, parsed.data.slug);
  return { ok: true, profile: (await getOwnProfile(actor))! };
}

/**
 * Stores an uploaded photo (decoded, EXIF/GPS stripped, resized by storeImage) and makes it the
 * profile picture. Its own permission: contributors may not upload to the library, but may have a face.
 */
export async function setOwnPhoto(
  actor: Actor | null,
  input: { bytes: Buffer; originalName: string },
): Promise<WriteResult<{ profile: OwnProfile }>> {
  if (!actor || !can(actor, { kind: 'profile:upload-photo', userId: actor.id })) return forbidden('Sign in to change your photo.');
  if (input.bytes.byteLength === 0) return { ok: false, code: 'invalid', error: 'Choose an image file.', fieldErrors: { photo: 'Choose an image file.' } };
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES) {
    return { ok: false, code: 'invalid', error: 'The file is larger than 10 MB.', fieldErrors: { photo: 'The file is larger than 10 MB.' } };
  }
  const db = await getDb();
  const [me] = await db.select({ name: users.name, slug: users.slug }).from(users).where(eq(users.id, actor.id));
  if (!me) return notFound('Your account no longer exists.');
  let photoId: string;
  try {
    const stored = await storeImage({ bytes: input.bytes, originalName: input.originalName, alt: me.name, uploadedById: actor.id });
    photoId = stored.id;
  } catch (error) {
    if (error instanceof ImageRejected) return { ok: false, code: 'invalid', error: error.message, fieldErrors: { photo: error.message } };
    throw error;
  }
  await db.update(users).set({ avatarId: photoId, updatedAt: sql`now()` }).where(eq(users.id, actor.id));
  expireAuthor(actor.id, me.slug);
  return { ok: true, profile: (await getOwnProfile(actor))! };
}

/** Takes the photo off the profile (the image stays in the media library). */
export async function removeOwnPhoto(actor: Actor | null): Promise<WriteResult<{ profile: OwnProfile }>> {
  if (!actor || !can(actor, { kind: 'profile:edit', userId: actor.id })) return forbidden('Sign in to change your photo.');
  const db = await getDb();
  const [row] = await db.update(users).set({ avatarId: null, updatedAt: sql`now()` }).where(eq(users.id, actor.id)).returning({ slug: users.slug });
  if (!row) return notFound('Your account no longer exists.');
  expireAuthor(actor.id, row.slug);
  return { ok: true, profile: (await getOwnProfile(actor))! };
}

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'Enter your current password.').max(1000), password: passwordSchema, confirm: z.string().max(1000) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });

/**
 * Needs the current password (a borrowed session alone cannot take over the account); wrong guesses
 * count toward the sign-in throttle. Moves the session version on, which ends every session, this one
 * included: the caller signs this browser in again with the new password.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown): Promise<WriteResult<{ email: string }>> {
  if (!actor || !can(actor, { kind: 'profile:edit', userId: actor.id })) return forbidden('Sign in to change your password.');
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const db = await getDb();
  const [me] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!me) return notFound('Your account no longer exists.');
  const throttle = await checkThrottle({ email: me.email, ip: null });
  if (throttle.wait) {
    return { ok: false, code: 'forbidden', error: `Too many attempts. Try again in ${throttle.retryAfterSeconds} second${throttle.retryAfterSeconds === 1 ? '' : 's'}.` };
  }
  if (!me.passwordHash || !(await verifyPassword(me.passwordHash, parsed.data.current))) {
    await recordLoginFailure({ email: me.email, ip: null });
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { current: 'That is not your current password.' } };
  }
  if (parsed.data.current === parsed.data.password) {
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { password: 'Choose a password different from the current one.' } };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, actor.id));
    const ended = await endSessionsOfUser(tx, actor.id, 'password_changed');
    await recordAudit(tx, {
      actor,
      action: 'password.changed',
      objectType: 'user',
      objectId: actor.id,
      summary: `Changed their password (signed out of ${ended} session${ended === 1 ? '' : 's'})`,
      details: { sessionsEnded: ended },
    });
  });
  return { ok: true, email: me.email };
}
