'use server';
// Own-profile actions: public details, photo, password. Each finds the signed-in person itself;
// the lib call checks can(profile:edit / profile:upload-photo) for that same person.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { changeOwnPassword, removeOwnPhoto, setOwnPhoto, updateOwnProfile } from '@/lib/users/profile';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath, loginPath } from '@/lib/core/routes';


const signedOut = 'Your session has ended. Sign in again to continue.';
const text = z.string().max(5000).catch('');

export type ProfileValues = { name: string; slug: string; bio: string };
export type ProfileState = FormState<ProfileValues> & { values: ProfileValues };

export async function updateProfileAction(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, fieldErrors: {}, values: _previous?.values ?? { name: '', slug: '', bio: '' } };
  const values = z.object({ name: text, slug: text, bio: text }).parse({ name: formData.get('name'), slug: formData.get('slug'), bio: formData.get('bio') });
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut, fieldErrors: {}, values };
  const result = await updateOwnProfile(actor, values);
  if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors ?? {}, values };
  revalidatePath(dashboardPath(), 'layout');
  const { name, slug, bio } = result.profile;
  return { status: 'done', values: { name, slug, bio } };
}


export async function photoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const intent = z.enum(['upload', 'remove']).safeParse(formData.get('intent'));
  if (!intent.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  if (intent.data === 'remove') {
    const result = await removeOwnPhoto(actor);
    if (!result.ok) return { status: 'error', error: result.error };
    revalidatePath(dashboardPath('profile'));
    return { status: 'done', message: 'Photo removed.' };
  }
  const file = formData.get('photo');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', error: 'Choose an image file first.' };
  const result = await setOwnPhoto(actor, { bytes: Buffer.from(await file.arrayBuffer()), originalName: file.name });
  if (!result.ok) return { status: 'error', error: result.fieldErrors?.photo ?? result.error };
  revalidatePath(dashboardPath('profile'));
  return { status: 'done', message: 'Photo updated.' };
}


export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, fieldErrors: {} };
  const input = z.object({ current: text, password: text, confirm: text }).parse({
    current: formData.get('current'),
    password: formData.get('password'),
    confirm: formData.get('confirm'),
  });
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut, fieldErrors: {} };
  const result = await changeOwnPassword(actor, input);
  if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors ?? {} };
  // The change ended every session, this one too; sign this browser straight back in with the new password.
  // With a second factor that takes the second step too, so the sign-in page asks for it.
  try {
    await signIn('credentials', { email: result.email, password: input.password, redirect: false });
  } catch {
    redirect(loginPath({ callbackUrl: dashboardPath('profile'), passwordSet: '1' }));
  }
  return { status: 'done' };
}
