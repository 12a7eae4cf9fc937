// A controlled text input or textarea for the editor, in the shared Field frame, with its length counter.
'use client';
import { useId } from 'react';
import { Field } from '@/components/ui/form-field';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  error?: string;
  hint?: string;
  maxLength?: number;
  multiline?: boolean;
  rows?: number;
  disabled?: boolean;
  className?: string;
  placeholder?: string;
  /** A multiline field that must stay one paragraph (the headline): Enter calls this instead. */
  onEnter?: () => void;
};

export function TextField({ label, value, onChange, name, error, hint, maxLength, multiline, rows = 3, disabled, className, placeholder, onEnter }: Props) {
  const id = useId();
  const counter = maxLength && value.length > maxLength * 0.8 ? `${value.length}/${maxLength}` : null;
  const note =
    hint || maxLength ? (
      <>
        {hint}
        {hint && maxLength ? ' ' : ''}
        {counter}
      </>
    ) : undefined;
  return (
    <Field id={id} label={label} hint={note} error={error} className={className} errorFor={name}>
      {(aria) => {
        const common = { ...aria, name, value, disabled, placeholder, maxLength };
        return multiline ? (
          <textarea
            {...common}
            rows={rows}
            onChange={(e) => onChange(onEnter ? e.target.value.replace(/\s*\n\s*/g, ' ') : e.target.value)}
            onKeyDown={(e) => {
              if (onEnter && e.key === 'Enter') {
                e.preventDefault();
                onEnter();
              }
            }}
          />
        ) : (
          <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </Field>
  );
}
