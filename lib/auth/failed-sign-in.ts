// Records a refused sign-in in the audit log: who was tried (the typed email, and the account when one
// matches), why it was refused, and from where. The password never leaves authenticate.ts.
import 'server-only';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { currentRequestOrigin } from './request-origin';

export type FailedSignInReason = 'unknown_email' | 'wrong_password' | 'throttled' | 'disabled';

const words: Record<FailedSignInReason, string> = {
  unknown_email: 'no account has this email',
  wrong_password: 'wrong password',
  throttled: 'too many attempts, asked to wait',
  disabled: 'the account is disabled',
};

export async function recordFailedSignIn(input: { email: string; userId: string | null; reason: FailedSignInReason; ip: string | null }): Promise<void> {
  const { userAgent } = await currentRequestOrigin();
  const db = await getDb();
  await recordAudit(db, {
    actor: null,
    origin: { ip: input.ip, userAgent },
    action: 'auth.sign_in_failed',
    objectType: input.userId ? 'user' : undefined,
    objectId: input.userId,
    summary: `Failed sign-in as ${input.email.slice(0, 320) || '(no email)'}: ${words[input.reason]}`,
    details: { email: input.email.slice(0, 320), reason: input.reason },
  });
}
