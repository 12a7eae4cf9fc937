// One image in the library with its alt text, caption and credit, editable by whoever may (media:edit).
'use client';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import type { MediaSummary } from '@/lib/articles/editorial-types';
import { IDLE, outcomeOf, type FormAction, type FormState, fieldErrorsOf } from '@/lib/core/form-state';

type Props = { media: MediaSummary; canEdit: boolean; action: FormAction<FormState> };

export function MediaCard({ media, canEdit, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const outcome = outcomeOf(state);
  const id = `media-${media.id}`;
  return (
    <article className="media-card" aria-label={media.alt || media.originalName || 'Image'}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail */}
      <img src={media.thumbSrc} alt={media.alt} width={320} height={240} loading="lazy" />
      <p className="media-meta">
        {media.originalName || 'Untitled'} · {media.width}×{media.height}
      </p>
      {canEdit ? (
        <form action={formAction}>
          <input type="hidden" name="id" value={media.id} />
          {(['alt', 'caption', 'credit'] as const).map((name) => (
            <FormField
              key={name}
              id={`${id}-${name}`}
              name={name}
              label={name === 'alt' ? 'Alt text' : name === 'caption' ? 'Caption' : 'Credit'}
              defaultValue={media[name]}
              maxLength={name === 'alt' ? 300 : name === 'caption' ? 500 : 200}
              error={fieldErrorsOf(state)[name]}
            />
          ))}
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={pending}>
              {pending ? 'Saving…' : 'Save details'}
            </button>
            {state.status === 'idle' ? null : (
              <span role="status" className={outcome.ok ? 'field-hint' : 'field-error'}>
                {outcome.text}
              </span>
            )}
          </div>
        </form>
      ) : (
        <p className="media-meta">
          {media.alt ? `Alt: ${media.alt}` : 'No alt text.'} {media.caption ? `Caption: ${media.caption}` : ''} {media.credit ? `Credit: ${media.credit}` : ''}
        </p>
      )}
    </article>
  );
}
