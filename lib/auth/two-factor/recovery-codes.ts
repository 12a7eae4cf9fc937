// Recovery codes: ten single-use codes shown once, stored as keyed hashes; a new set replaces the old.
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { recoveryCodes } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, type WriteResult } from '@/lib/core/result';
import { hasSecondFactor, secondFactorSummary } from './policy';
import { hashRecoveryCode } from './secret-box';
import { recordAudit } from '@/lib/audit/record';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => alphabet[crypto.randomInt(alphabet.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What a typed code is compared as: lower case, no spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]+/g, '');
}

export const looksLikeRecoveryCode = (input: string) => /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(input));

/** Replaces the person's codes with a fresh set, inside the caller's transaction; returns them (the only time they are readable). */
export async function issueRecoveryCodes(tx: Db | Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)) })));
  return codes;
}

/** Uses one code up; true for exactly one caller however many race. */
export async function consumeRecoveryCode(tx: Db | Tx, userId: string, input: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(input)) return false;
  const rows = await tx
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(normalizeRecoveryCode(input))), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

/** A new set for oneself (the old codes stop working). Only with a second factor to back up. */
export async function regenerateRecoveryCodes(actor: Actor | null): Promise<WriteResult<{ codes: string[] }>> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!hasSecondFactor(await secondFactorSummary(actor.id, tx))) {
      return { ok: false as const, code: 'conflict' as const, error: 'Add an authenticator app or a passkey first: recovery codes back those up.' };
    }
    const codes = await issueRecoveryCodes(tx, actor.id);
    await recordAudit(tx, { actor, action: 'recovery_codes.regenerated', objectType: 'user', objectId: actor.id, summary: 'Made a new set of recovery codes' });
    return { ok: true as const, codes };
  });
}
