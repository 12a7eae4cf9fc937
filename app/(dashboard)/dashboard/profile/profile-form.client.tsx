'use client';
// Name, public slug and bio: what readers see on the author page.
import { useActionState } from 'react';
import { updateProfileAction, type ProfileState, type ProfileValues } from './actions';

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [state, formAction, pending] = useActionState<ProfileState, FormData>(updateProfileAction, { status: 'idle', values: initial });
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="dash-form" noValidate>
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'saved' ? 'Profile saved.' : null}
      </div>
      <div className="field">
        <label htmlFor="profile-name">Name</label>
        <input id="profile-name" name="name" type="text" autoComplete="name" defaultValue={state.values.name} aria-invalid={fieldErrors.name ? true : undefined} aria-describedby={fieldErrors.name ? 'profile-name-error' : undefined} />
        {fieldErrors.name ? <p className="field-error" id="profile-name-error">{fieldErrors.name}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="profile-slug">Public slug</label>
        <input id="profile-slug" name="slug" type="text" autoComplete="off" defaultValue={state.values.slug} aria-invalid={fieldErrors.slug ? true : undefined} aria-describedby={fieldErrors.slug ? 'profile-slug-hint profile-slug-error' : 'profile-slug-hint'} />
        <p className="field-hint" id="profile-slug-hint">
          Your author page is /author/<strong>{state.values.slug || 'your-slug'}</strong>. Lower-case letters, digits and hyphens.
        </p>
        {fieldErrors.slug ? <p className="field-error" id="profile-slug-error">{fieldErrors.slug}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="profile-bio">Bio</label>
        <textarea id="profile-bio" name="bio" defaultValue={state.values.bio} aria-invalid={fieldErrors.bio ? true : undefined} aria-describedby={fieldErrors.bio ? 'profile-bio-hint profile-bio-error' : 'profile-bio-hint'} />
        <p className="field-hint" id="profile-bio-hint">
          A sentence or two for your author page. Up to 1000 characters.
        </p>
        {fieldErrors.bio ? <p className="field-error" id="profile-bio-error">{fieldErrors.bio}</p> : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
