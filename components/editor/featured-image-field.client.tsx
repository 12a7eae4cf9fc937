// The featured image: chosen from the media library (or uploaded there), with its own caption and credit.
'use client';
import type { MediaSummary } from '@/lib/articles/editorial-types';
import { FIELD_LIMITS } from '@/lib/articles/fields';
import { TextField } from './text-field';

type Props = {
  image: MediaSummary | null;
  caption: string;
  credit: string;
  disabled?: boolean;
  errors: { featuredImageId?: string; featuredImageCaption?: string; featuredImageCredit?: string };
  onPick: () => void;
  onRemove: () => void;
  onText: (patch: { featuredImageCaption?: string; featuredImageCredit?: string }) => void;
};

export function FeaturedImageField({ image, caption, credit, disabled, errors, onPick, onRemove, onText }: Props) {
  const imageText = (name: 'featuredImageCaption' | 'featuredImageCredit', label: string, value: string, hint?: string) => (
    <TextField name={name} label={label} value={value} maxLength={FIELD_LIMITS[name]} error={errors[name]} hint={hint} onChange={(v) => onText({ [name]: v })} />
  );
  return (
    <fieldset className="field featured-image" disabled={disabled}>
      <legend>Featured image</legend>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- a library thumbnail
        <img src={image.thumbSrc} alt={image.alt} className="featured-image-preview" />
      ) : (
        <p className="field-hint">None chosen.</p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onPick}>
          {image ? 'Change image' : 'Choose image'}
        </button>
        {image ? (
          <button type="button" className="button button-quiet" onClick={onRemove}>
            Remove image
          </button>
        ) : null}
      </div>
      {errors.featuredImageId ? (
        <p className="field-error" data-field-error="featuredImageId">
          {errors.featuredImageId}
        </p>
      ) : null}
      {image ? (
        <>
          {imageText('featuredImageCaption', 'Image caption', caption, image.caption && !caption ? `Empty: the library caption is used (“${image.caption}”).` : undefined)}
          {imageText('featuredImageCredit', 'Image credit', credit)}
        </>
      ) : null}
    </fieldset>
  );
}
