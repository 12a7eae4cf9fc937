// A labelled text input or textarea with its limit, a hint, and the server's message next to it.
'use client';
import { useId } from 'react';

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
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    disabled,
    placeholder,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
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
      )}
      {hint || maxLength ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
          {hint && maxLength ? ' ' : ''}
          {maxLength && value.length > maxLength * 0.8 ? `${value.length}/${maxLength}` : null}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
