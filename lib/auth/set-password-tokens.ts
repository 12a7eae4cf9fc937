// One-time set-password links for new staff and password resets: only the token's SHA-256 is stored,
// a link lives 72 hours, and using it once kills it (and every session the person had).
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/db/client';
import { passwordTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { absoluteUrl } from '@/lib/config/site-url';
import { endSessionsOfUser } from '@/lib/sessions/lifecycle';
import { hashPassword, passwordSchema } from './passwords';
import type { RequestOrigin } from '@/lib/core/request-origin';
import { setPasswordPath } from '@/lib/core/routes';

export const SET_PASSWORD_LINK_TTL_MS = 72 * 60 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export type IssuedLink = { url: string; expiresAt: Date };

/**
 * Creates a link for `userId`, replacing any unused earlier one (a reset makes the old link useless).
 * Runs inside the caller's transaction so the link exists only if the staff change committed.
 */
export async function issueSetPasswordLink(
  db: Db | Tx,
  input: { userId: string; createdById: string | null; now?: Date },
): Promise<IssuedLink> {
  const now = input.now ?? new Date();
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_TTL_MS);
  await db.delete(passwordTokens).where(and(eq(passwordTokens.userId, input.userId), isNull(passwordTokens.usedAt)));
  await db.insert(passwordTokens).values({ userId: input.userId, tokenHash: hashToken(token), expiresAt, createdById: input.createdById });
  return { url: absoluteUrl(setPasswordPath(token)), expiresAt };
}

export type LinkProblem = 'invalid' | 'expired' | 'used';

export type LinkStatus = { status: 'valid'; user: { name: string; email: string }; expiresAt: Date } | { status: LinkProblem };

/** What the set-password page shows: the form, or why the link no longer works. */
export async function inspectSetPasswordLink(token: string, now = new Date()): Promise<LinkStatus> {
  if (!tokenPattern.test(token)) return { status: 'invalid' };
  const db = await getDb();
  const [row] = await db
    .select({ usedAt: passwordTokens.usedAt, expiresAt: passwordTokens.expiresAt, name: users.name, email: users.email })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(eq(passwordTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return { status: 'invalid' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'valid', user: { name: row.name, email: row.email }, expiresAt: row.expiresAt };
}

export const setPasswordInput = z
  .object({ password: passwordSchema, confirm: z.string().max(1000) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });

export type SetPasswordResult =
  | { ok: true; email: string }
  | { ok: false; error: LinkProblem }
  | { ok: false; error: 'invalid-input'; fieldErrors: { password?: string; confirm?: string } };

/**
 * Sets the password and spends the link in one transaction: the conditional update claims the token,
 * so two tabs submitting at once cannot both use it. The session version moves on, ending old sessions.
 */
export async function setPasswordWithLink(
  input: { token: string; password: unknown; confirm: unknown; origin?: RequestOrigin },
  now = new Date(),
): Promise<SetPasswordResult> {
  const parsed = setPasswordInput.safeParse({ password: input.password, confirm: input.confirm });
  if (!parsed.success) {
    const fieldErrors: { password?: string; confirm?: string } = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'confirm' ? 'confirm' : 'password';
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, error: 'invalid-input', fieldErrors };
  }
  if (!tokenPattern.test(input.token)) return { ok: false, error: 'invalid' };
  // Hash before the transaction: argon2 is slow and must not hold row locks.
  const passwordHash = await hashPassword(parsed.data.password);
  const db = await getDb();
  const email = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordTokens.tokenHash, hashToken(input.token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now)))
      .returning({ userId: passwordTokens.userId });
    if (!claimed) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, claimed.userId))
      .returning({ email: users.email });
    if (!user) return null;
    const ended = await endSessionsOfUser(tx, claimed.userId, 'password_reset');
    // The link is the authority: it names the person acting.
    await recordAudit(tx, {
      actor: { id: claimed.userId },
      origin: input.origin,
      action: 'password.set',
      objectType: 'user',
      objectId: claimed.userId,
      summary: `Set a password with a one-time link${ended ? ` (ended ${ended} session${ended === 1 ? '' : 's'})` : ''}`,
    });
    return user.email;
  });
  if (email) return { ok: true, email };
  const status = await inspectSetPasswordLink(input.token, now);
  return { ok: false, error: status.status === 'valid' ? 'invalid' : status.status };
}

/** The sentence the set-password page shows for a dead link. */
export function linkProblemMessage(problem: LinkProblem): string {
  switch (problem) {
    case 'invalid':
      return 'This link is not valid. Check that you copied all of it, or ask an administrator for a new one.';
    case 'expired':
      return 'This link has expired (links last 72 hours). Ask an administrator for a new one.';
    case 'used':
      return 'This link has already been used. Sign in with your password, or ask an administrator for a new link.';
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
