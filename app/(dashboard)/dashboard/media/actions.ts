'use server';
// Media library actions: edit an image's alt text, caption and credit (uploads go through /api/media).
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { updateMediaText } from '@/lib/media/library';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';


const formSchema = z.object({
  id: z.uuid(),
  alt: z.string().max(10_000),
  caption: z.string().max(10_000),
  credit: z.string().max(10_000),
});

export async function updateMediaTextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = formSchema.safeParse({
    id: formData.get('id'),
    alt: formData.get('alt') ?? '',
    caption: formData.get('caption') ?? '',
    credit: formData.get('credit') ?? '',
  });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return { status: 'error', error: 'You are signed out. Sign in again.' };
  const { id, ...text } = parsed.data;
  const result = await updateMediaText(user, id, text);
  if (result.ok) return { status: 'done', message: 'Saved.' };
  return { status: 'error', error: result.error, fieldErrors: result.fieldErrors };
}
