// A labelled, uncontrolled input for forms posted to server actions: its hint and the server's message
// sit next to it and are tied to it for screen readers (aria-describedby, aria-invalid).
import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  id: string;
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
};

export function FormField({ id, name, label, hint, error, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} {...input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
