'use server';
// Saves the footer menu (administrators only: checked here and again in lib/settings/footer).
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { updateFooterMenu, type FooterMenu } from '@/lib/settings/footer';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';

/** Every state carries the menu, so a refused one keeps its rows. */
export type FooterMenuState = FormState<Record<string, string>, object, { fieldError?: string }> & { menu: FooterMenu };

export async function saveFooterMenuAction(previous: FooterMenuState, formData: FormData): Promise<FooterMenuState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, menu: previous.menu };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: 'Your session has ended. Sign in again to continue.', menu: previous.menu };
  const pageIds = formData.getAll('pageIds').map(String);
  const result = await updateFooterMenu(actor, { pageIds });
  if (!result.ok) return { status: 'error', error: result.error, fieldError: result.fieldErrors?.pageIds, menu: previous.menu };
  revalidatePath(dashboardPath('settings'));
  return { status: 'done', menu: result.menu };
}
