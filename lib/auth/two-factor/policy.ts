// Which second factors a person has, and whether their role requires one (a site setting admins choose).
import 'server-only';
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { passkeys, recoveryCodes, siteSettings, totpFactors, type Role } from '@/db/schema';

export type SecondFactorSummary = { totp: boolean; passkeys: number; recoveryCodesLeft: number };

export async function rolesRequiringSecondFactor(db?: Db | Tx): Promise<Role[]> {
  const conn = db ?? (await getDb());
  const [row] = await conn.select({ roles: siteSettings.secondFactorRoles }).from(siteSettings).where(eq(siteSettings.id, 1)).limit(1);
  return row?.roles ?? [];
}

export async function roleRequiresSecondFactor(role: Role, db?: Db | Tx): Promise<boolean> {
  return (await rolesRequiringSecondFactor(db)).includes(role);
}

/** What counts as a second factor: a confirmed authenticator app or any passkey. Recovery codes only back them up. */
export async function secondFactorSummary(userId: string, db?: Db | Tx): Promise<SecondFactorSummary> {
  const conn = db ?? (await getDb());
  const [totp] = await conn
    .select({ n: count() })
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, userId), isNotNull(totpFactors.confirmedAt)));
  const [keys] = await conn.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId));
  const [codes] = await conn
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { totp: (totp?.n ?? 0) > 0, passkeys: keys?.n ?? 0, recoveryCodesLeft: codes?.n ?? 0 };
}

export const hasSecondFactor = (summary: SecondFactorSummary) => summary.totp || summary.passkeys > 0;
