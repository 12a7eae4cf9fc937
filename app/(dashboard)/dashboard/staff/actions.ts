'use server';
// Staff administration actions. Each is a public endpoint: it parses the form, finds the signed-in
// person itself, and the lib call authorizes again (admins only) before changing anything.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { roleLabels } from '@/lib/users/fields';
import { changeStaffRole, createStaff, resetStaffPassword, setStaffDisabled } from '@/lib/users/staff';
import { endAllSessionsOf, endSession } from '@/lib/sessions/manage';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';


export type StaffFormValues = { name: string; email: string; role: string; slug: string };

/** On success: who was invited and their one-time link, with a fresh form for the next person. */
export type CreateStaffState = FormState<StaffFormValues, { name: string; email: string; link: string; expiresAt: string }> & { values: StaffFormValues };

const text = z.string().max(1000).catch('');
const createForm = z.object({ name: text, email: text, role: text, slug: text });

const emptyValues: StaffFormValues = { name: '', email: '', role: 'contributor', slug: '' };
const signedOut = 'Your session has ended. Sign in again to continue.';

export async function createStaffAction(_previous: CreateStaffState, formData: FormData): Promise<CreateStaffState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, fieldErrors: {}, values: { name: '', email: '', role: '', slug: '' } };
  const values = createForm.parse({ name: formData.get('name'), email: formData.get('email'), role: formData.get('role'), slug: formData.get('slug') });
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut, fieldErrors: {}, values };
  const result = await createStaff(actor, values);
  if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors ?? {}, values };
  revalidatePath(dashboardPath('staff'));
  return {
    status: 'done',
    name: result.member.name,
    email: result.member.email,
    link: result.link.url,
    expiresAt: result.link.expiresAt.toISOString(),
    // A fresh, empty form for the next person.
    values: emptyValues,
  };
}

export type RowActionState = FormState<Record<string, string>, { link?: string }>;

const rowForm = z.object({
  intent: z.enum(['role', 'disable', 'enable', 'reset']),
  userId: z.string().max(100),
  role: z.string().max(40).optional(),
});

/** One endpoint for the per-person buttons (change role, disable, re-enable, reset password). */
export async function staffRowAction(_previous: RowActionState, formData: FormData): Promise<RowActionState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = rowForm.safeParse({
    intent: formData.get('intent'),
    userId: formData.get('userId'),
    role: formData.get('role') ?? undefined,
  });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  const { intent, userId, role } = parsed.data;
  let state: RowActionState;
  switch (intent) {
    case 'role': {
      const result = await changeStaffRole(actor, { userId, role });
      state = result.ok
        ? { status: 'done', message: `Role is now ${roleLabels[result.member.role]}. It applies from their next click.` }
        : { status: 'error', error: result.fieldErrors?.role ?? result.error };
      break;
    }
    case 'disable':
    case 'enable': {
      const result = await setStaffDisabled(actor, { userId, disabled: intent === 'disable' });
      state = result.ok
        ? { status: 'done', message: result.member.disabled ? 'Disabled: they are signed out everywhere.' : 'Re-enabled: they can sign in again.' }
        : { status: 'error', error: result.error };
      break;
    }
    case 'reset': {
      const result = await resetStaffPassword(actor, { userId });
      state = result.ok
        ? { status: 'done', message: 'Password reset: their old password and sessions no longer work. Hand over this link (shown once, valid 72 hours):', link: result.link.url }
        : { status: 'error', error: result.error };
      break;
    }
    default: {
      const unreachable: never = intent;
      return unreachable;
    }
  }
  if (state.status === 'done') revalidatePath(dashboardPath('staff'));
  return state;
}

const sessionForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('one'), sessionId: z.string().max(100), userId: z.string().max(100) }),
  z.object({ intent: z.literal('all'), userId: z.string().max(100) }),
]);

/** Admins: end one session of a staff member, or all of them (they must sign in again). */
export async function endStaffSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = sessionForm.safeParse({ intent: formData.get('intent'), sessionId: formData.get('sessionId') ?? undefined, userId: formData.get('userId') });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  const result = parsed.data.intent === 'one' ? await endSession(actor, { sessionId: parsed.data.sessionId }) : await endAllSessionsOf(actor, { userId: parsed.data.userId });
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath(dashboardPath('staff'));
  return { status: 'done', message: `Ended ${result.ended} session${result.ended === 1 ? '' : 's'}: signed out on their next click.` };
}
