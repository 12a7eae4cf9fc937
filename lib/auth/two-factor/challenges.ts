// WebAuthn challenges: stored when handed to a browser, deleted when answered (one-time), expire in five minutes.
import 'server-only';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { webauthnChallenges } from '@/db/schema';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export type ChallengePurpose = (typeof webauthnChallenges.$inferInsert)['purpose'];

export async function storeChallenge(input: { challenge: string; purpose: ChallengePurpose; userId: string | null }, db?: Db | Tx): Promise<void> {
  const conn = db ?? (await getDb());
  const now = new Date();
  await conn.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  await conn.insert(webauthnChallenges).values({ ...input, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) });
}

/** True once per stored, unexpired challenge of this purpose (and user, when one was named). */
export async function consumeChallenge(input: { challenge: string; purpose: ChallengePurpose; userId: string | null }, db?: Db | Tx): Promise<boolean> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, input.challenge),
        eq(webauthnChallenges.purpose, input.purpose),
        input.userId ? eq(webauthnChallenges.userId, input.userId) : isNull(webauthnChallenges.userId),
        gt(webauthnChallenges.expiresAt, new Date()),
      ),
    )
    .returning({ challenge: webauthnChallenges.challenge });
  return rows.length === 1;
}
