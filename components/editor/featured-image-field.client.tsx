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
          <TextField
            name="featuredImageCaption"
            label="Image caption"
            value={caption}
            maxLength={FIELD_LIMITS.featuredImageCaption}
            error={errors.featuredImageCaption}
            hint={image.caption && !caption ? `Empty: the library caption is used (“${image.caption}”).` : undefined}
            onChange={(v) => onText({ featuredImageCaption: v })}
          />
          <TextField
            name="featuredImageCredit"
            label="Image credit"
            value={credit}
            maxLength={FIELD_LIMITS.featuredImageCredit}
            error={errors.featuredImageCredit}
            onChange={(v) => onText({ featuredImageCredit: v })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
