'use client';
// The site settings form: text fields keep what was typed on error; images can be replaced or removed.
import Image from 'next/image';
import { useActionState } from 'react';
import { saveSettingsAction, type SettingsState, type SettingsValues } from './actions';

type Img = { id: string; src: string; width: number; height: number; alt: string } | null;

export function SettingsForm({ initial, logo, socialImage }: { initial: SettingsValues; logo: Img; socialImage: Img }) {
  const [state, formAction, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, { status: 'idle', values: initial });
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const v = state.values;
  const err = (name: keyof SettingsValues) =>
    fieldErrors[name] ? (
      <p className="field-error" id={`settings-${name}-error`}>
        {fieldErrors[name]}
      </p>
    ) : null;
  const describedBy = (name: keyof SettingsValues, hint?: string) => [hint, fieldErrors[name] ? `settings-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form action={formAction} className="dash-form" noValidate>
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'saved' ? 'Settings saved. The public site shows them from the next page load.' : null}
      </div>
      <div className="field">
        <label htmlFor="settings-siteName">Site name</label>
        <input id="settings-siteName" name="siteName" type="text" defaultValue={v.siteName} aria-invalid={fieldErrors.siteName ? true : undefined} aria-describedby={describedBy('siteName')} />
        {err('siteName')}
      </div>
      <div className="field">
        <label htmlFor="settings-description">Description</label>
        <textarea id="settings-description" name="description" defaultValue={v.description} aria-invalid={fieldErrors.description ? true : undefined} aria-describedby={describedBy('description', 'settings-description-hint')} />
        <p className="field-hint" id="settings-description-hint">
          Used by search engines and link previews for the home page. About 160 characters works best.
        </p>
        {err('description')}
      </div>
      <div className="field">
        <label htmlFor="settings-copyright">Copyright line</label>
        <input id="settings-copyright" name="copyright" type="text" defaultValue={v.copyright} aria-invalid={fieldErrors.copyright ? true : undefined} aria-describedby={describedBy('copyright', 'settings-copyright-hint')} />
        <p className="field-hint" id="settings-copyright-hint">
          Shown in the footer of every page, e.g. © 2026 Kessen Valley News Ltd.
        </p>
        {err('copyright')}
      </div>
      <ImageField label="Logo" name="logo" idName="logoId" removeName="removeLogo" current={v.logoId && logo?.id === v.logoId ? logo : null} hint="Shown in the site header. A wide PNG or SVG-like PNG on a transparent background works best." error={err('logoId')} describedBy={describedBy('logoId', 'settings-logo-hint')} />
      <ImageField label="Default social image" name="socialImage" idName="defaultSocialImageId" removeName="removeSocialImage" current={v.defaultSocialImageId && socialImage?.id === v.defaultSocialImageId ? socialImage : null} hint="Used when a shared page has no image of its own. 1200 × 630 pixels." error={err('defaultSocialImageId')} describedBy={describedBy('defaultSocialImageId', 'settings-socialImage-hint')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}

function ImageField(props: { label: string; name: string; idName: string; removeName: string; current: Img; hint: string; error: React.ReactNode; describedBy?: string }) {
  const { label, name, idName, removeName, current, hint, error, describedBy } = props;
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
      <div className="field">
        <label htmlFor={`settings-${name}`}>{current ? `Replace the ${label.toLowerCase()}` : `Upload a ${label.toLowerCase()}`}</label>
        <input id={`settings-${name}`} name={name} type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" aria-describedby={describedBy} />
        <p className="field-hint" id={`settings-${name}-hint`}>
          {hint}
        </p>
        {error}
      </div>
    </fieldset>
  );
}
