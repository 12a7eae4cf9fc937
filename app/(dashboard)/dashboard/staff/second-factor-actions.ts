'use server';
// An admin resets someone's second factors (lost phone and recovery codes). The lib call authorizes again.
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { resetSecondFactor } from '@/lib/auth/two-factor/manage';
import type { FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';


export async function resetSecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: 'Your session has ended. Sign in again to continue.' };
  const result = await resetSecondFactor(actor, { userId: formData.get('userId') });
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath(dashboardPath('staff'));
  return { status: 'done', message: 'Second factor reset. Their sessions have ended; they set up a new one at their next sign-in if their role requires it.' };
}
