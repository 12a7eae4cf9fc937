'use server';
// Redirect actions (administrators; checked again in lib/redirects/manage.ts). Values come back with
// errors so nothing typed is lost.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { deleteRedirect, saveRedirect } from '@/lib/redirects/manage';
import type { RedirectFormState } from '@/components/dashboard/redirect-form-state';
import { MALFORMED_REQUEST } from '@/lib/core/form-state';

const signedOut = { status: 'error', error: 'You are signed out. Sign in again.' } as const;
const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const field = z.string().max(4000);

export async function saveRedirectAction(_previous: RedirectFormState, form: FormData): Promise<RedirectFormState> {
  const values = { fromPath: text(form, 'fromPath'), toPath: text(form, 'toPath'), status: text(form, 'status') || '308' };
  const parsed = z.object({ originalFromPath: field.optional(), fromPath: field, toPath: field, status: field }).safeParse({ ...values, originalFromPath: form.get('originalFromPath') ?? undefined });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST, values };
  const user = await getCurrentUser();
  if (!user) return { ...signedOut, values };
  const result = await saveRedirect(user, parsed.data);
  if (result.ok) return { status: 'done', message: `${result.redirect.fromPath} now redirects to ${result.redirect.toPath}.` };
  return { status: 'error', error: result.error, fieldErrors: result.fieldErrors, values };
}

export async function deleteRedirectAction(_previous: RedirectFormState, form: FormData): Promise<RedirectFormState> {
  const parsed = z.object({ fromPath: z.string().min(1).max(2000) }).safeParse({ fromPath: form.get('fromPath') });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await deleteRedirect(user, parsed.data);
  return result.ok ? { status: 'done', message: `Redirect from ${result.redirect.fromPath} deleted.` } : { status: 'error', error: result.error };
}
