'use client';
// The site settings form: text fields keep what was typed on error; images can be replaced or removed.
import Image from 'next/image';
import { fieldErrorsOf } from '@/lib/core/form-state';
import { useActionState } from 'react';
import { FormField, FormTextArea, fieldBinder } from '@/components/ui/form-field';
import { FormActions, FormStatus } from '@/components/ui/form-actions';
import { saveSettingsAction, type SettingsState, type SettingsValues } from './actions';

type Img = { id: string; src: string; width: number; height: number; alt: string } | null;

export function SettingsForm({ initial, logo, socialImage }: { initial: SettingsValues; logo: Img; socialImage: Img }) {
  const [state, formAction, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, { status: 'idle', values: initial });
  const fieldErrors = fieldErrorsOf(state);
  const bind = fieldBinder('settings', state.values, fieldErrors);
  const v = state.values;
  return (
    <form action={formAction} className="dash-form" noValidate>
      <FormStatus error={state.status === 'error' ? state.error : null} success={state.status === 'done' ? 'Settings saved. The public site shows them from the next page load.' : null} />
      <FormField {...bind('siteName')} label="Site name" type="text" />
      <FormTextArea
        {...bind('description')}
        label="Description"
        hint="Used by search engines and link previews for the home page. About 160 characters works best."
      />
      <FormField
        {...bind('copyright')}
        label="Copyright line"
        type="text"
        hint="Shown in the footer of every page, e.g. © 2026 Kessen Valley News Ltd."
      />
      <ImageField label="Logo" name="logo" idName="logoId" removeName="removeLogo" current={v.logoId && logo?.id === v.logoId ? logo : null} hint="Shown in the site header. A wide PNG or SVG-like PNG on a transparent background works best." error={fieldErrors.logoId} />
      <ImageField label="Default social image" name="socialImage" idName="defaultSocialImageId" removeName="removeSocialImage" current={v.defaultSocialImageId && socialImage?.id === v.defaultSocialImageId ? socialImage : null} hint="Used when a shared page has no image of its own. 1200 × 630 pixels." error={fieldErrors.defaultSocialImageId} />
      <FormActions label="Save settings" pendingLabel="Saving…" pending={pending} />
    </form>
  );
}

function ImageField(props: { label: string; name: string; idName: string; removeName: string; current: Img; hint: string; error?: string }) {
  const { label, name, idName, removeName, current, hint, error } = props;
  return (
    <fieldset className="settings-image">
      <legend>{label}</legend>
      <input type="hidden" name={idName} value={current?.id ?? ''} />
      {current ? (
        <div className="settings-image-current">
          <Image src={current.src} width={current.width} height={current.height} alt={`Current ${label.toLowerCase()}`} unoptimized />
          <label>
            <input type="checkbox" name={removeName} /> Remove the {label.toLowerCase()}
          </label>
        </div>
      ) : (
        <p className="field-hint">None set.</p>
      )}
      <FormField
        id={`settings-${name}`}
        name={name}
        label={current ? `Replace the ${label.toLowerCase()}` : `Upload a ${label.toLowerCase()}`}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
        hint={hint}
        error={error}
      />
    </fieldset>
  );
}
