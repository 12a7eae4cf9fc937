// Second factors as the profile and staff pages show them, and an admin's reset of someone's factors.
import 'server-only';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { passkeys, pendingSignIns, recoveryCodes, totpFactors, users } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, notFound, type WriteResult } from '@/lib/core/result';
import { listPasskeysOf, type PasskeyView } from './passkeys';
import { roleRequiresSecondFactor } from './policy';
import { recordAudit } from '@/lib/audit/record';

export type OwnSecondFactors = {
  totp: { confirmedAt: Date } | null;
  passkeys: PasskeyView[];
  recoveryCodesLeft: number;
  /** The person's role requires a second factor (site setting). */
  required: boolean;
};

export async function getOwnSecondFactors(actor: Actor | null): Promise<OwnSecondFactors | null> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return null;
  const db = await getDb();
  const [totp] = await db
    .select({ confirmedAt: totpFactors.confirmedAt })
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, actor.id), isNotNull(totpFactors.confirmedAt)))
    .limit(1);
  const [codes] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, actor.id), isNull(recoveryCodes.usedAt)));
  return {
    totp: totp?.confirmedAt ? { confirmedAt: totp.confirmedAt } : null,
    passkeys: await listPasskeysOf(actor.id, db),
    recoveryCodesLeft: codes?.n ?? 0,
    required: await roleRequiresSecondFactor(actor.role, db),
  };
}

export type SecondFactorBadge = { totp: boolean; passkeys: number };

/** Who has which second factor, for the admin's staff list. */
export async function secondFactorsByUser(actor: Actor | null): Promise<Map<string, SecondFactorBadge>> {
  const result = new Map<string, SecondFactorBadge>();
  if (!can(actor, { kind: 'staff:manage' })) return result;
  const db = await getDb();
  const totps = await db.select({ userId: totpFactors.userId }).from(totpFactors).where(isNotNull(totpFactors.confirmedAt));
  const keys = await db.select({ userId: passkeys.userId, n: sql<number>`count(*)::int` }).from(passkeys).groupBy(passkeys.userId);
  for (const { userId } of totps) result.set(userId, { totp: true, passkeys: 0 });
  for (const { userId, n } of keys) result.set(userId, { totp: result.get(userId)?.totp ?? false, passkeys: n });
  return result;
}

/**
 * An admin removes all of someone's second factors (lost phone and codes). Their sessions end too
 * (the session version moves on), and at their next sign-in they enrol again if their role requires it.
 */
export async function resetSecondFactor(actor: Actor | null, input: { userId: unknown }): Promise<WriteResult> {
  const userId = z.uuid().safeParse(input.userId);
  if (!userId.success || !can(actor, { kind: 'second-factor:reset', userId: userId.data })) return forbidden('Only administrators can reset a second factor.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId.data))
      .returning({ id: users.id });
    if (!target) return notFound();
    await tx.delete(totpFactors).where(eq(totpFactors.userId, target.id));
    await tx.delete(passkeys).where(eq(passkeys.userId, target.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, target.id));
    await tx.delete(pendingSignIns).where(eq(pendingSignIns.userId, target.id));
    await recordAudit(tx, { actor, action: 'second_factor.removed', objectType: 'user', objectId: target.id, summary: 'Reset all second factors (by an administrator)' });
    return { ok: true as const };
  });
}
