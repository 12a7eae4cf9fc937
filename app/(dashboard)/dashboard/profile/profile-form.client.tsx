'use client';
// Name, public slug and bio: what readers see on the author page.
import { useActionState } from 'react';
import { fieldErrorsOf } from '@/lib/core/form-state';
import { FormField, FormTextArea } from '@/components/ui/form-field';
import { FormActions, FormStatus } from '@/components/ui/form-actions';
import { updateProfileAction, type ProfileState, type ProfileValues } from './actions';

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [state, formAction, pending] = useActionState<ProfileState, FormData>(updateProfileAction, { status: 'idle', values: initial });
  const fieldErrors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="dash-form" noValidate>
      <FormStatus error={state.status === 'error' ? state.error : null} success={state.status === 'done' ? 'Profile saved.' : null} />
      <FormField id="profile-name" name="name" label="Name" type="text" autoComplete="name" defaultValue={state.values.name} error={fieldErrors.name} />
      <FormField
        id="profile-slug"
        name="slug"
        label="Public slug"
        type="text"
        autoComplete="off"
        defaultValue={state.values.slug}
        error={fieldErrors.slug}
        hint={
          <>
            Your author page is /author/<strong>{state.values.slug || 'your-slug'}</strong>. Lower-case letters, digits and hyphens.
          </>
        }
      />
      <FormTextArea id="profile-bio" name="bio" label="Bio" defaultValue={state.values.bio} error={fieldErrors.bio} hint="A sentence or two for your author page. Up to 1000 characters." />
      <FormActions label="Save profile" pendingLabel="Saving…" pending={pending} />
    </form>
  );
}
