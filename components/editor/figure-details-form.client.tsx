// Alt text, caption and credit of a figure, when inserting an image into the body or editing one.
'use client';
import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Field } from '@/components/ui/form-field';

export type FigureText = { alt: string; caption: string; credit: string };

type Props = {
  previewSrc: string;
  initial: FigureText;
  submitLabel: string;
  onSubmit: (text: FigureText) => void;
  onCancel: () => void;
};

export function FigureDetailsForm({ previewSrc, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.alt.trim()) {
      setError('Describe the image for readers who cannot see it.');
      return;
    }
    onSubmit({ alt: text.alt.trim(), caption: text.caption.trim(), credit: text.credit.trim() });
  };
  return (
    <form className="figure-form" onSubmit={submit}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of a library file */}
      <img src={previewSrc} alt="" className="figure-form-preview" />
      <Field id={`${id}-alt`} label="Alt text" error={error}>
        {(aria) => (
          <input
            {...aria}
            value={text.alt}
            maxLength={300}
            onChange={(e) => {
              setText({ ...text, alt: e.target.value });
              setError('');
            }}
          />
        )}
      </Field>
      <Field id={`${id}-caption`} label="Caption">
        {(aria) => <input {...aria} value={text.caption} maxLength={500} onChange={(e) => setText({ ...text, caption: e.target.value })} />}
      </Field>
      <Field id={`${id}-credit`} label="Credit">
        {(aria) => <input {...aria} value={text.credit} maxLength={200} onChange={(e) => setText({ ...text, credit: e.target.value })} />}
      </Field>
      <FormActions label={submitLabel} onCancel={onCancel} />
    </form>
  );
}
