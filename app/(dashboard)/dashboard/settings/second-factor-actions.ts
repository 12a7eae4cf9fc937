'use server';
// Saves which roles must sign in with a second factor; the lib call authorizes (admins only).
import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/core/form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { setSecondFactorRoles } from '@/lib/settings/second-factor-roles';
import { dashboardPath } from '@/lib/core/routes';

export type SecondFactorRolesState = FormState<Record<string, string>, { roles: string[] }, { fieldError?: string }>;

export async function secondFactorRolesAction(_previous: SecondFactorRolesState, formData: FormData): Promise<SecondFactorRolesState> {
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: 'Your session has ended. Sign in again to continue.' };
  const roles = formData.getAll('roles').filter((v): v is string => typeof v === 'string').slice(0, 10);
  const result = await setSecondFactorRoles(actor, { roles });
  if (!result.ok) return { status: 'error', error: result.error, fieldError: result.fieldErrors?.roles };
  revalidatePath(dashboardPath('settings'));
  return { status: 'done', roles: result.roles };
}
