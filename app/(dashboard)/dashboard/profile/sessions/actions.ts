'use server';
// Ending your own sessions: one other device, or every one but this. The lib call checks can(session:end).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endOtherSessions, endSession } from '@/lib/sessions/manage';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';

const form = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('one'), sessionId: z.string().max(100) }),
  z.object({ intent: z.literal('others') }),
]);

export async function endOwnSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = form.safeParse({ intent: formData.get('intent'), sessionId: formData.get('sessionId') ?? undefined });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: 'Your session has ended. Sign in again to continue.' };
  const result = parsed.data.intent === 'one' ? await endSession(actor, { sessionId: parsed.data.sessionId }) : await endOtherSessions(actor);
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath(dashboardPath('profile/sessions'));
  return {
    status: 'done',
    message: parsed.data.intent === 'one' ? 'Session ended: that device is signed out.' : `Signed out everywhere else (${result.ended} session${result.ended === 1 ? '' : 's'}).`,
  };
}
