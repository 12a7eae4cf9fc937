'use client';
// Upload or remove one's profile photo.
import Image from 'next/image';
import type { FormState } from '@/lib/core/form-state';
import { useActionState } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { photoAction } from './actions';

type Photo = { src: string; width: number; height: number } | null;

export function PhotoForm({ photo, name }: { photo: Photo; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(photoAction, { status: 'idle' });
  return (
    <div className="profile-photo">
      <div className="profile-photo-frame">
        {photo ? (
          <Image src={photo.src} width={photo.width} height={photo.height} alt={`Photo of ${name}`} unoptimized />
        ) : (
          <span className="profile-photo-empty" aria-hidden="true">
            {name.slice(0, 1).toUpperCase()}
          </span>
        )}
      </div>
      <div className="profile-photo-forms">
        <form action={formAction} className="dash-form">
          <input type="hidden" name="intent" value="upload" />
          <div className="field">
            <label htmlFor="profile-photo">New photo</label>
            <input id="profile-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" aria-describedby="profile-photo-hint" />
            <p className="field-hint" id="profile-photo-hint">
              JPEG, PNG, WebP, GIF or AVIF up to 10 MB. Location data is removed.
            </p>
          </div>
          <FormActions plain label="Upload photo" pending={pending} />
        </form>
        {photo ? (
          <form action={formAction}>
            <input type="hidden" name="intent" value="remove" />
            <button type="submit" className="button button-danger button-small" disabled={pending}>
              Remove photo
            </button>
          </form>
        ) : null}
        {state.status === 'error' ? (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        ) : null}
        <p className="form-success" role="status">
          {state.status === 'done' ? state.message : null}
        </p>
      </div>
    </div>
  );
}
