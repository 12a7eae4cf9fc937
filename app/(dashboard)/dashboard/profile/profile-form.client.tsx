'use client';
// Name, public slug and bio: what readers see on the author page.
import { useActionState } from 'react';
import { fieldErrorsOf } from '@/lib/core/form-state';
import { FormField, FormTextArea, fieldBinder } from '@/components/ui/form-field';
import { FormActions, FormStatus } from '@/components/ui/form-actions';
import { updateProfileAction, type ProfileState, type ProfileValues } from './actions';

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [state, formAction, pending] = useActionState<ProfileState, FormData>(updateProfileAction, { status: 'idle', values: initial });
  const fieldErrors = fieldErrorsOf(state);
  const bind = fieldBinder('profile', state.values, fieldErrors);
  return (
    <form action={formAction} className="dash-form" noValidate>
      <FormStatus error={state.status === 'error' ? state.error : null} success={state.status === 'done' ? 'Profile saved.' : null} />
      <FormField {...bind('name')} label="Name" type="text" autoComplete="name" />
      <FormField
        {...bind('slug')}
        label="Public slug"
        type="text"
        autoComplete="off"
        hint={
          <>
            Your author page is /author/<strong>{state.values.slug || 'your-slug'}</strong>. Lower-case letters, digits and hyphens.
          </>
        }
      />
      <FormTextArea {...bind('bio')} label="Bio" hint="A sentence or two for your author page. Up to 1000 characters." />
      <FormActions label="Save profile" pendingLabel="Saving…" pending={pending} />
    </form>
  );
}
