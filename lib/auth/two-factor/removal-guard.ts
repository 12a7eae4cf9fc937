// The rule for removing a second factor: never the last one while the person's role requires one.
// When the last factor goes (and none is required), the recovery codes go with it: they back nothing up.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { recoveryCodes, users } from '@/db/schema';
import type { WriteFailure } from '@/lib/core/result';
import { roleRequiresSecondFactor, secondFactorSummary } from './policy';

/** Null when the removal may go ahead (and then tidies recovery codes if nothing will be left). */
export async function refuseRemovingLastRequired(
  tx: Tx,
  userId: string,
  removing: { totp?: boolean; passkeyCount?: number },
): Promise<WriteFailure | null> {
  const summary = await secondFactorSummary(userId, tx);
  // Nothing that counts is going (cancelling a half-done enrolment): nothing to guard.
  if ((!removing.totp || !summary.totp) && !removing.passkeyCount) return null;
  const left = (removing.totp ? 0 : summary.totp ? 1 : 0) + Math.max(0, summary.passkeys - (removing.passkeyCount ?? 0));
  if (left > 0) return null;
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (user && (await roleRequiresSecondFactor(user.role, tx))) {
    return {
      ok: false,
      code: 'conflict',
      error: 'Your role requires a second factor. Add another authenticator app or passkey before removing this one.',
    };
  }
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return null;
}
