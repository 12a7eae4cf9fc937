'use server';
// Sets a password from a one-time link; the link itself is the authority (no session needed).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { currentRequestOrigin } from '@/lib/auth/request-origin';
import { linkProblemMessage, setPasswordWithLink } from '@/lib/auth/set-password-tokens';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { loginPath } from '@/lib/core/routes';


const schema = z.object({ token: z.string().max(200), password: z.string().max(10_000), confirm: z.string().max(10_000) });


export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = schema.safeParse({ token: formData.get('token'), password: formData.get('password') ?? '', confirm: formData.get('confirm') ?? '' });
  if (!parsed.success) return { status: 'error', error: linkProblemMessage('invalid') };
  const result = await setPasswordWithLink({ ...parsed.data, origin: await currentRequestOrigin() });
  if (!result.ok) {
    if (result.error === 'invalid-input') return { status: 'error', fieldErrors: result.fieldErrors };
    return { status: 'error', error: linkProblemMessage(result.error) };
  }
  redirect(loginPath({ passwordSet: '1' }));
}
